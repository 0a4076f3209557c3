using IRLearn.Infrastructure.Persistence;

namespace IRLearn.Migrations.Sqlite;

/// <summary>`dotnet ef`'s way into the SQLite model (see <see cref="DesignTimeContextFactory"/>).</summary>
public sealed class DesignTimeDbContextFactory()
    : DesignTimeContextFactory(DatabaseProvider.Sqlite, "Data Source=design-time.db");
