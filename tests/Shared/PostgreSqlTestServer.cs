using Npgsql;

namespace IRLearn.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster for one test process (ADR 16). The first test that asks for a database starts it
/// with Debian's server binaries (<c>initdb</c>, <c>pg_ctl</c>) on a free loopback port in a temp folder; every test
/// class or web factory then gets its own empty database in it; the cluster is stopped and its folder deleted when
/// the process exits. PostgreSQL refuses to run as root, so under root (CI containers) it runs as <c>postgres</c>.
/// </summary>
/// <remarks>
/// Without the binaries the calling test is skipped with <see cref="InstallHint"/>; under CI (<c>IRLEARN_CI=1</c>)
/// it fails instead, so a broken install cannot pass unseen. The API is synchronous on purpose: web factories ask
/// for their database while the host is being built, where nothing can be awaited.
/// </remarks>
public static class PostgreSqlTestServer
{
    public const string InstallHint = "The PostgreSQL tests need Debian's server: apt-get install postgresql (or set IRLEARN_PG_BIN to a folder holding initdb and pg_ctl).";

    private const string FolderPrefix = "irlearn-pg";

    private static readonly ThrowawayServer<Cluster> Server = new("PostgreSQL", InstallHint, FindBinaries, Cluster.Start, cluster => cluster.Stop());

    /// <summary>Creates an empty database on the shared cluster and returns its connection string.</summary>
    public static string CreateDatabase()
    {
        var cluster = Server.Shared();
        var name = $"irlearn_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(cluster.AdminConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(cluster.AdminConnectionString) { Database = name, MaxPoolSize = 20 }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabase"/>, closing the pooled connections still open on it.</summary>
    public static void DropDatabase(string connectionString)
    {
        using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        if (Server.Running is not { } cluster)
        {
            return;
        }

        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using var connection = new NpgsqlConnection(cluster.AdminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }

    /// <summary><c>IRLEARN_PG_BIN</c>, or the newest <c>/usr/lib/postgresql/&lt;version&gt;/bin</c> (Debian's layout).</summary>
    private static string? FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("IRLEARN_PG_BIN");
        var candidates = !string.IsNullOrWhiteSpace(configured)
            ? [configured]
            : Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql")
                    .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var version) ? version : 0)
                    .Select(d => Path.Combine(d, "bin"))
                    .ToArray()
                : [];
        return candidates.FirstOrDefault(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")));
    }

    private sealed class Cluster
    {
        private readonly string _binaries;
        private readonly string _folder;
        private int _stopped;

        private Cluster(string binaries, string folder, int port)
        {
            _binaries = binaries;
            _folder = folder;
            AdminConnectionString = new NpgsqlConnectionStringBuilder
            {
                Host = "127.0.0.1",
                Port = port,
                Username = "irlearn",
                Database = "postgres",
                Pooling = false,
            }.ConnectionString;
        }

        public string AdminConnectionString { get; }

        /// <summary>PostgreSQL refuses to run as root, so under root (CI containers) every tool runs as <c>postgres</c>.</summary>
        private static string? RunAs => Environment.IsPrivilegedProcess ? ThrowawayServers.PostgresUser : null;

        public static Cluster Start(string binaries)
        {
            ThrowawayServers.StopOrphans(FolderPrefix, folder => PgCtlStop(binaries, Path.Combine(folder, "data")));

            // The folder must belong to the user the server runs as.
            var folder = ThrowawayServers.CreateFolder(FolderPrefix, RunAs);

            // Trust on loopback only: a throwaway cluster with no password. C.UTF-8 orders text by code point, as SQLite does.
            ThrowawayServers.Run(Path.Combine(binaries, "initdb"), ["-D", Path.Combine(folder, "data"), "-U", "irlearn", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], RunAs);

            // Durability is not under test here; speed is. Many factories run at once, each with its own pool.
            var port = ThrowawayServers.FreePort();
            var cluster = new Cluster(binaries, folder, port);
            var settings = $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400";
            ThrowawayServers.Run(Path.Combine(binaries, "pg_ctl"), ["-D", Path.Combine(folder, "data"), "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o", settings, "start"], RunAs);
            return cluster;
        }

        public void Stop()
        {
            if (Interlocked.Exchange(ref _stopped, 1) == 1)
            {
                return;
            }

            try
            {
                PgCtlStop(_binaries, Path.Combine(_folder, "data"));
            }
            finally
            {
                Directory.Delete(_folder, recursive: true);
            }
        }

        private static void PgCtlStop(string binaries, string dataFolder) =>
            ThrowawayServers.Run(Path.Combine(binaries, "pg_ctl"), ["-D", dataFolder, "-m", "immediate", "-w", "stop"], RunAs);
    }
}
