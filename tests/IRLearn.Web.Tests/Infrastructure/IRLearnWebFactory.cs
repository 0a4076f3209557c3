using Microsoft.Data.Sqlite;

namespace IRLearn.Web.Tests.Infrastructure;

/// <summary>
/// Hosts the real app over a fresh database with the demo data, the same way `dotnet run` does, so each test class
/// talks to a real pipeline and a real database: a SQLite file, or a database on the test run's PostgreSQL cluster
/// when this assembly runs on PostgreSQL (<see cref="TestProvider"/>, ADR 16).
/// </summary>
public class IRLearnWebFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"irlearn-tests-{Guid.NewGuid():N}.db");
    private readonly DatabaseProvider _provider;
    private string? _postgreSqlConnectionString;

    public IRLearnWebFactory()
        : this(TestProvider.Current)
    {
    }

    /// <param name="provider">A particular database, for a test that chooses its own (the assembly's is <see cref="TestProvider"/>).</param>
    protected IRLearnWebFactory(DatabaseProvider provider) => _provider = provider;

    /// <summary>The SQLite file under test (SQLite-only tests use it).</summary>
    public string DatabasePath => _databasePath;

    /// <summary>
    /// The database under test, for a server process to share (made on first use: a PostgreSQL database on the test
    /// run's cluster, skipped or failed with the install hint without one).
    /// </summary>
    public string ConnectionString => _provider == DatabaseProvider.PostgreSql
        ? _postgreSqlConnectionString ??= PostgreSqlTestServer.CreateDatabase()
        : $"Data Source={_databasePath}";

    /// <remarks>
    /// Runs on the test's own thread when the host is first needed, so the PostgreSQL database is made here: without
    /// the server the test is then skipped (or failed under CI) with the install hint. Derived factories
    /// (<c>WithWebHostBuilder</c>) run it again and share the database, as they share the SQLite file.
    /// </remarks>
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", _provider.ToString());
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (_postgreSqlConnectionString is not null)
        {
            PostgreSqlTestServer.DropDatabase(_postgreSqlConnectionString);
            _postgreSqlConnectionString = null;
        }

        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }
    }
}
