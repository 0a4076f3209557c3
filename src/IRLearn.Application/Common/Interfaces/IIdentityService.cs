namespace IRLearn.Application.Common.Interfaces;

/// <summary>Account operations the use cases need, without tying them to ASP.NET Core Identity's types.</summary>
public interface IIdentityService
{
    /// <summary>Creates an account in one role. Returns the new user's id, or the reasons it was refused.</summary>
    Task<IdentityOutcome> CreateUserAsync(string email, string displayName, string password, string role, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<string, string>> GetDisplayNamesAsync(IEnumerable<string> userIds, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<UserSummary>> ListUsersAsync(CancellationToken cancellationToken = default);
}

public sealed record IdentityOutcome(string? UserId, IReadOnlyList<string> Errors)
{
    public bool Succeeded => UserId is not null;
}

public sealed record UserSummary(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool IsLockedOut);
