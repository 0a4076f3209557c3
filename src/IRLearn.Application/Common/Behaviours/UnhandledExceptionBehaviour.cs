using Microsoft.Extensions.Logging;

namespace IRLearn.Application.Common.Behaviours;

/// <summary>
/// Logs a use case that failed unexpectedly. Expected outcomes (validation, not found, forbidden,
/// conflicts) are the caller's mistake, not ours, so they are logged at debug level without a stack trace.
/// </summary>
public sealed class UnhandledExceptionBehaviour<TMessage, TResponse>(ILogger<TMessage> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        try
        {
            return await next(message, cancellationToken);
        }
        catch (Exception ex) when (ExpectedExceptions.IsExpected(ex))
        {
            logger.LogDebug("{Request} ended with an expected {Outcome}: {Message}", typeof(TMessage).Name, ex.GetType().Name, ex.Message);
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Request {Request} failed unexpectedly", typeof(TMessage).Name);
            throw;
        }
    }
}
