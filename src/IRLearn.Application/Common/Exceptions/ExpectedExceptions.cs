using IRLearn.Domain.Common;

namespace IRLearn.Application.Common.Exceptions;

/// <summary>
/// Outcomes that are the caller's doing (bad input, missing or someone else's data, a clash with
/// current state). They become 4xx answers and are never logged as errors.
/// </summary>
public static class ExpectedExceptions
{
    public static bool IsExpected(Exception exception) => exception is ValidationException
        or NotFoundException
        or ForbiddenAccessException
        or UnauthenticatedException
        or ConflictException
        or DuplicateException
        or TooManyRequestsException
        or DomainException
        or DbUpdateConcurrencyException;
}
