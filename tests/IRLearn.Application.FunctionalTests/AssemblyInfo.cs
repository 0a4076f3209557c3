// Every Application handler must be reached by some functional test; judged when a whole run ends (ReachedHandlers).
[assembly: IRLearn.Application.FunctionalTests.Infrastructure.EveryHandlerReached]
