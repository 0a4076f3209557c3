using IRLearn.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Infrastructure.Identity;

/// <summary>
/// What the API checks a bearer token against on every request (ADR 12): the account's current security stamp and its
/// lockout, as one compiled query by primary key that reads three columns and tracks nothing. Identity's own path
/// (<c>SignInManager.ValidateSecurityStampAsync</c>, then <c>UserManager.IsLockedOutAsync</c>) loads and tracks the whole
/// user row for the same two answers, on every API request (issue 16).
/// </summary>
public sealed record AccountStanding(string? SecurityStamp, bool LockoutEnabled, DateTimeOffset? LockoutEnd)
{
    private static readonly Func<ApplicationDbContext, string, CancellationToken, Task<AccountStanding?>> ById = EF.CompileAsyncQuery(
        (ApplicationDbContext db, string userId, CancellationToken cancellationToken) =>
            db.Users.AsNoTracking()
                .Where(u => u.Id == userId)
                .Select(u => new AccountStanding(u.SecurityStamp, u.LockoutEnabled, u.LockoutEnd))
                .FirstOrDefault());

    /// <summary>The account's standing, or null when no account has that id (deleted since the token was issued).</summary>
    public static Task<AccountStanding?> ReadAsync(ApplicationDbContext db, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return ById(db, userId, cancellationToken);
    }

    /// <summary>Locked out as Identity decides it: lockout enabled for the account and its end still ahead.</summary>
    public bool IsLockedOutAt(DateTimeOffset now) => LockoutEnabled && LockoutEnd is { } end && end >= now;
}
