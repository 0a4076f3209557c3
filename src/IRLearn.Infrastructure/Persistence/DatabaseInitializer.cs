using IRLearn.Application.Common.Security;
using IRLearn.Infrastructure.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace IRLearn.Infrastructure.Persistence;

/// <summary>
/// Brings the database to the current model at start-up: migrations (when configured), the three
/// roles (always), and the demo data (when configured). Every step is idempotent.
/// </summary>
public sealed class DatabaseInitializer(
    ApplicationDbContext db,
    RoleManager<IdentityRole> roleManager,
    DemoDataSeeder seeder,
    DatabaseOptions options,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (options.MigrateOnStartup)
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s) on {Provider}", pending.Count, options.Provider);
                await db.Database.MigrateAsync(cancellationToken);
            }
        }

        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                await roleManager.CreateAsync(new IdentityRole(role));
            }
        }

        if (options.SeedDemoData == true)
        {
            await seeder.SeedAsync(cancellationToken);
        }
    }
}
