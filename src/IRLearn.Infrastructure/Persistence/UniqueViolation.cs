using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IRLearn.Infrastructure.Persistence;

/// <summary>Recognises a unique-index violation in what each provider throws (see ADR 18).</summary>
public static class UniqueViolation
{
    // SQLite: SQLITE_CONSTRAINT (19) extended as SQLITE_CONSTRAINT_UNIQUE (2067) or SQLITE_CONSTRAINT_PRIMARYKEY (1555).
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    // SQL Server: 2601 (duplicate key in a unique index), 2627 (unique constraint or primary key).
    private static readonly int[] SqlServerNumbers = [2601, 2627];

    public static bool Is(DbUpdateException exception) => exception is not DbUpdateConcurrencyException && exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
            && sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        Microsoft.Data.SqlClient.SqlException sqlServer => SqlServerNumbers.Contains(sqlServer.Number),
        _ => false,
    };
}
