namespace IRLearn.Application.Common.Exceptions;

/// <summary>
/// A save was refused by a unique index: another request created the same thing a moment earlier (a double click,
/// a second tab). The persistence layer raises it for every unique-index violation on every provider, so a use case
/// that can tell what the user meant ("already enrolled" is success) catches this one type, and every other use case
/// answers 409 with <see cref="DefaultMessage"/> instead of failing. It stays a <see cref="DbUpdateException"/>, so
/// a use case that retries on any failed save (SubmitAttempt) still sees it as one.
/// </summary>
public sealed class DuplicateException(DbUpdateException innerException)
    : DbUpdateException(DefaultMessage, innerException, innerException.Entries)
{
    public const string DefaultMessage = "This was already done a moment ago (a double click or another tab?). Reload to see it.";
}
