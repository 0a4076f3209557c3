namespace IRLearn.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// For SQLite, optional: by default the file is <c>data/irlearn.db</c> under the content root.
    /// For SQL Server, required.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Apply pending migrations when the app starts. On by default; production SQL Server deployments
    /// usually turn it off and migrate from their release pipeline instead.
    /// </summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Load the demo data in <c>seed/</c> (idempotent). Defaults to on in Development only.</summary>
    public bool? SeedDemoData { get; set; }
}
