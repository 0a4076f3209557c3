using IRLearn.Infrastructure.Persistence;

namespace IRLearn.Migrations.SqlServer;

/// <summary>`dotnet ef`'s way into the SQL Server model (see <see cref="DesignTimeContextFactory"/>).</summary>
public sealed class DesignTimeDbContextFactory()
    : DesignTimeContextFactory(DatabaseProvider.SqlServer, "Server=(localdb)\\mssqllocaldb;Database=IRLearn.DesignTime;Trusted_Connection=True");
