namespace IRLearn.Domain.Common;

/// <summary>
/// The small set of argument rules every entity repeats (required text, maximum length, ranges),
/// so each rule reads as one line and always fails with a <see cref="DomainException"/>.
/// </summary>
public static class Check
{
    public static void That(bool condition, string code, string message)
    {
        if (!condition)
        {
            throw new DomainException(code, message);
        }
    }

    /// <summary>
    /// Trims <paramref name="value"/> and requires it to be non-empty and at most <paramref name="maxLength"/> characters.
    /// Like every text rule here, it drops bidirectional override controls first (<see cref="BidiControls"/>).
    /// </summary>
    public static string RequiredText(string? value, int maxLength, string code, string what)
    {
        var trimmed = Clean(value);
        That(trimmed.Length > 0, code, $"{what} is required.");
        That(trimmed.Length <= maxLength, code, $"{what} must be at most {maxLength} characters.");
        return trimmed;
    }

    /// <summary>Trims <paramref name="value"/>; empty becomes null. A present value is limited to <paramref name="maxLength"/> characters.</summary>
    public static string? OptionalText(string? value, int maxLength, string code, string what)
    {
        var trimmed = value is null ? null : Clean(value);
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        That(trimmed.Length <= maxLength, code, $"{what} must be at most {maxLength} characters.");
        return trimmed;
    }

    /// <summary>Trims <paramref name="value"/>; null becomes empty. Used for text that may be blank but not huge.</summary>
    public static string LimitedText(string? value, int maxLength, string code, string what)
    {
        var trimmed = Clean(value);
        That(trimmed.Length <= maxLength, code, $"{what} must be at most {maxLength} characters.");
        return trimmed;
    }

    private static string Clean(string? value) => BidiControls.Strip(value ?? string.Empty).Trim();

    public static string UserId(string? userId, string code = "user.id_required")
    {
        That(!string.IsNullOrWhiteSpace(userId), code, "A user id is required.");
        return userId!;
    }

    public static Guid Id(Guid id, string code, string what)
    {
        That(id != Guid.Empty, code, $"{what} is required.");
        return id;
    }
}
