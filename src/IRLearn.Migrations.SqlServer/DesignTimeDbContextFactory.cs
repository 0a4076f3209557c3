using IRLearn.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace IRLearn.Migrations.SqlServer;

/// <summary>
/// Lets `dotnet ef` build the model for SqlServer without starting the web host. The connection string is
/// only used if a command actually connects (e.g. `database update`); adding migrations never does.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ApplicationDbContext>
{
    public ApplicationDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("IRLEARN_DESIGN_CONNECTION") ?? "Server=(localdb)\\mssqllocaldb;Database=IRLearn.DesignTime;Trusted_Connection=True";
        var options = new DbContextOptionsBuilder<ApplicationDbContext>()
            .UseProvider(DatabaseProvider.SqlServer, connectionString)
            .Options;
        return new ApplicationDbContext(options);
    }
}
