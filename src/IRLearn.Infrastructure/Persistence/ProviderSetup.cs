using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Infrastructure.Persistence;

/// <summary>
/// Configures EF Core for the provider chosen at run time. Each provider keeps its migrations in its
/// own assembly, because SQL types and migration operations differ between them.
/// </summary>
public static class ProviderSetup
{
    public const string SqliteMigrationsAssembly = "IRLearn.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "IRLearn.Migrations.SqlServer";
    public const string PostgreSqlMigrationsAssembly = "IRLearn.Migrations.PostgreSql";

    public static TBuilder UseProvider<TBuilder>(this TBuilder builder, DatabaseProvider provider, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        _ = provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, sqlite => sqlite
                .MigrationsAssembly(SqliteMigrationsAssembly)
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
            DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString, sql =>
            {
                sql.MigrationsAssembly(SqlServerMigrationsAssembly);

                // Aggregates auto-include several child collections; one query per collection avoids a cartesian product.
                sql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery);
                sql.EnableRetryOnFailure();
            }),

            // No retrying execution strategy here: it refuses user-started transactions (the load floor opens
            // one), and a save that failed on a unique index must reach the use case that maps it, unretried.
            DatabaseProvider.PostgreSql => builder.UseNpgsql(connectionString, npgsql => npgsql
                .MigrationsAssembly(PostgreSqlMigrationsAssembly)
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
            _ => throw new InvalidOperationException($"Unknown database provider '{provider}'."),
        };
        return builder;
    }

    /// <summary>
    /// Resolves the SQLite connection string: the configured one, or a file in <c>data/</c> under
    /// <paramref name="contentRoot"/>, whose folder is created if missing.
    /// </summary>
    public static string ResolveSqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured)
            ? $"Data Source={Path.Combine(contentRoot, "data", "irlearn.db")}"
            : configured);

        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            var fullPath = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            builder.DataSource = fullPath;
        }

        // Concurrent students save answers at once: wait for a lock rather than fail at once.
        builder.DefaultTimeout = 30;
        builder.Pooling = true;
        return builder.ToString();
    }
}
