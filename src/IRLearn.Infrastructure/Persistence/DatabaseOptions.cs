namespace IRLearn.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}

/// <summary>SQLite's <c>synchronous</c> setting in WAL mode: what a commit waits for (ADR 13).</summary>
public enum SqliteSynchronous
{
    /// <summary>A commit survives the process being killed; the last ones may roll back on power loss.</summary>
    Normal,

    /// <summary>The WAL is flushed to disk at every commit: a commit survives power loss too, at one fsync per write.</summary>
    Full,
}

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// For SQLite, optional: by default the file is <c>data/irlearn.db</c> under the content root.
    /// For SQL Server and PostgreSQL, required.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Apply pending migrations when the app starts. On by default; production server-database deployments
    /// usually turn it off and migrate from their release pipeline instead.
    /// </summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>SQLite only: <c>Normal</c> (default) or <c>Full</c>; see <see cref="SqliteSynchronous"/>.</summary>
    public SqliteSynchronous SqliteSynchronous { get; set; } = SqliteSynchronous.Normal;

    /// <summary>Load the demo data in <c>seed/</c> (idempotent). Defaults to on in Development only.</summary>
    public bool? SeedDemoData { get; set; }
}
