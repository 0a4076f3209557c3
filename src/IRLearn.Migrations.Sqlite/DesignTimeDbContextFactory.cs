using IRLearn.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace IRLearn.Migrations.Sqlite;

/// <summary>
/// Lets `dotnet ef` build the model for Sqlite without starting the web host. The connection string is
/// only used if a command actually connects (e.g. `database update`); adding migrations never does.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ApplicationDbContext>
{
    public ApplicationDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("IRLEARN_DESIGN_CONNECTION") ?? "Data Source=design-time.db";
        var options = new DbContextOptionsBuilder<ApplicationDbContext>()
            .UseProvider(DatabaseProvider.Sqlite, connectionString)
            .Options;
        return new ApplicationDbContext(options);
    }
}
