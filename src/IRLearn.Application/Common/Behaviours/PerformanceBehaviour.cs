using Microsoft.Extensions.Logging;

namespace IRLearn.Application.Common.Behaviours;

/// <summary>Warns about use cases slower than half a second, with who asked, so slow paths surface in logs.</summary>
public sealed class PerformanceBehaviour<TMessage, TResponse>(
    ILogger<TMessage> logger,
    ICurrentUser currentUser,
    TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly TimeSpan Threshold = TimeSpan.FromMilliseconds(500);

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var response = await next(message, cancellationToken);
        var elapsed = clock.GetElapsedTime(started);
        if (elapsed > Threshold)
        {
            logger.LogWarning("Slow request {Request} took {ElapsedMilliseconds} ms for user {UserId}", typeof(TMessage).Name, (long)elapsed.TotalMilliseconds, currentUser.UserId ?? "anonymous");
        }

        return response;
    }
}
