using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace IRLearn.Infrastructure.Persistence;

/// <summary>
/// Lets `dotnet ef` build one provider's model without starting the web host; each migrations project
/// (<c>IRLearn.Migrations.&lt;Provider&gt;</c>) derives one, naming its provider. The connection string
/// (IRLEARN_DESIGN_CONNECTION, else the project's default) is only used if a command actually connects
/// (e.g. `database update`); adding migrations never does.
/// </summary>
public abstract class DesignTimeContextFactory(DatabaseProvider provider, string defaultConnectionString)
    : IDesignTimeDbContextFactory<ApplicationDbContext>
{
    public ApplicationDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("IRLEARN_DESIGN_CONNECTION") ?? defaultConnectionString;
        var options = new DbContextOptionsBuilder<ApplicationDbContext>()
            .UseProvider(provider, connectionString)
            .Options;
        return new ApplicationDbContext(options);
    }
}
