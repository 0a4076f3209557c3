namespace IRLearn.Application.Common.Security;

/// <summary>
/// Marks a request as needing a signed-in user, optionally in one of <see cref="Roles"/> (comma separated).
/// The authorization behaviour enforces it, so a use case is protected however it is reached (page, API or CLI).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class AuthorizeAttribute : Attribute
{
    public string Roles { get; init; } = string.Empty;
}
