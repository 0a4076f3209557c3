using IRLearn.Application.Common.Interfaces;
using IRLearn.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Infrastructure.Identity;

public sealed class IdentityService(
    UserManager<ApplicationUser> userManager,
    ApplicationDbContext db,
    TimeProvider clock) : IIdentityService
{
    public async Task<IdentityOutcome> CreateUserAsync(string email, string displayName, string password, string role, CancellationToken cancellationToken = default)
    {
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName.Trim(),
        };

        var created = await userManager.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return new IdentityOutcome(null, created.Errors.Select(e => e.Description).ToList());
        }

        var inRole = await userManager.AddToRoleAsync(user, role);
        if (!inRole.Succeeded)
        {
            await userManager.DeleteAsync(user);
            return new IdentityOutcome(null, inRole.Errors.Select(e => e.Description).ToList());
        }

        return new IdentityOutcome(user.Id, []);
    }

    public async Task<IReadOnlyDictionary<string, string>> GetDisplayNamesAsync(IEnumerable<string> userIds, CancellationToken cancellationToken = default)
    {
        var ids = userIds.Distinct().ToList();
        return await db.UserNames
            .Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }

    public async Task<IReadOnlyList<UserSummary>> ListUsersAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var rows = await (
            from user in db.Users
            join userRole in db.UserRoles on user.Id equals userRole.UserId into userRoles
            from userRole in userRoles.DefaultIfEmpty()
            join role in db.Roles on userRole.RoleId equals role.Id into roles
            from role in roles.DefaultIfEmpty()
            select new { user.Id, user.Email, user.DisplayName, user.LockoutEnd, Role = role != null ? role.Name : null })
            .ToListAsync(cancellationToken);

        return rows
            .GroupBy(r => r.Id)
            .Select(g => new UserSummary(
                g.Key,
                g.First().Email ?? string.Empty,
                g.First().DisplayName,
                g.Where(r => r.Role is not null).Select(r => r.Role!).Order(StringComparer.Ordinal).ToList(),
                g.First().LockoutEnd > now))
            .OrderBy(u => u.DisplayName, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
