using IRLearn.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace IRLearn.Migrations.PostgreSql;

/// <summary>
/// Lets `dotnet ef` build the model for PostgreSql without starting the web host. The connection string is
/// only used if a command actually connects (e.g. `database update`); adding migrations never does.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ApplicationDbContext>
{
    public ApplicationDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("IRLEARN_DESIGN_CONNECTION") ?? "Host=localhost;Database=irlearn_design_time;Username=irlearn";
        var options = new DbContextOptionsBuilder<ApplicationDbContext>()
            .UseProvider(DatabaseProvider.PostgreSql, connectionString)
            .Options;
        return new ApplicationDbContext(options);
    }
}
