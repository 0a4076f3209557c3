using IRLearn.Infrastructure.Persistence;

namespace IRLearn.Migrations.PostgreSql;

/// <summary>`dotnet ef`'s way into the PostgreSQL model (see <see cref="DesignTimeContextFactory"/>).</summary>
public sealed class DesignTimeDbContextFactory()
    : DesignTimeContextFactory(DatabaseProvider.PostgreSql, "Host=localhost;Database=irlearn_design_time;Username=irlearn");
