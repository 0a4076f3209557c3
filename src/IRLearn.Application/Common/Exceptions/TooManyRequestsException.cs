namespace IRLearn.Application.Common.Exceptions;

/// <summary>
/// The caller already has as much running as they may (an import, ADR 15); nothing was done, and they may
/// try again after <see cref="RetryAfter"/>. The API answers 429 with a Retry-After header.
/// </summary>
public sealed class TooManyRequestsException(string message, TimeSpan retryAfter) : Exception(message)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
