using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
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

    private const string ServiceUser = "postgres";
    private const string OwnerFile = "owner.pid";
    private static readonly Lock Gate = new();
    private static Cluster? _cluster;
    private static string? _failure;

    /// <summary>Creates an empty database on the shared cluster and returns its connection string.</summary>
    public static string CreateDatabase()
    {
        var cluster = Shared();
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

        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        Cluster cluster;
        lock (Gate)
        {
            if (_cluster is null)
            {
                return;
            }

            cluster = _cluster;
        }

        using var connection = new NpgsqlConnection(cluster.AdminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }

    private static Cluster Shared()
    {
        lock (Gate)
        {
            if (_cluster is not null)
            {
                return _cluster;
            }

            // A cluster that did not start fails every later test the same way, without trying again.
            if (_failure is not null)
            {
                throw new InvalidOperationException(_failure);
            }

            var binaries = FindBinaries();
            if (binaries is null)
            {
                if (Environment.GetEnvironmentVariable("IRLEARN_CI") is "1" or "true")
                {
                    Assert.Fail($"IRLEARN_CI is set, so a missing PostgreSQL is a failure. {InstallHint}");
                }

                Assert.Skip(InstallHint);
            }

            try
            {
                _cluster = Cluster.Start(binaries);
            }
            catch (InvalidOperationException ex)
            {
                _failure = $"The test PostgreSQL cluster did not start: {ex.Message}";
                throw new InvalidOperationException(_failure, ex);
            }

            var started = _cluster;
            AppDomain.CurrentDomain.ProcessExit += (_, _) => started.Stop();
            return started;
        }
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

        private string DataFolder => Path.Combine(_folder, "data");

        public static Cluster Start(string binaries)
        {
            StopOrphans(binaries);

            // The folder must belong to the user the server runs as; mktemp run as that user makes it so.
            var folder = Environment.IsPrivilegedProcess
                ? Run(binaries, "mktemp", ["-d", Path.Combine(Path.GetTempPath(), "irlearn-pg-XXXXXX")]).Trim()
                : Directory.CreateTempSubdirectory("irlearn-pg-").FullName;

            // Trust on loopback only: a throwaway cluster with no password. C.UTF-8 orders text by code point, as SQLite does.
            Run(binaries, Path.Combine(binaries, "initdb"), ["-D", Path.Combine(folder, "data"), "-U", "irlearn", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);

            File.WriteAllText(Path.Combine(folder, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));

            // Durability is not under test here; speed is. Many factories run at once, each with its own pool.
            var port = FreePort();
            var cluster = new Cluster(binaries, folder, port);
            var settings = $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400";
            Run(binaries, Path.Combine(binaries, "pg_ctl"), ["-D", cluster.DataFolder, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o", settings, "start"]);
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
                Run(_binaries, Path.Combine(_binaries, "pg_ctl"), ["-D", DataFolder, "-m", "immediate", "-w", "stop"]);
            }
            finally
            {
                Directory.Delete(_folder, recursive: true);
            }
        }

        /// <summary>
        /// Stops the clusters of test processes that were killed before their exit hook ran (a timed-out or cancelled
        /// run), so they do not pile up. A folder whose owner still runs, or that has no owner yet, is left alone.
        /// </summary>
        private static void StopOrphans(string binaries)
        {
            foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), "irlearn-pg-*"))
            {
                var owner = Path.Combine(folder, OwnerFile);
                if (!File.Exists(owner) || !int.TryParse(File.ReadAllText(owner), CultureInfo.InvariantCulture, out var pid) || IsRunning(pid))
                {
                    continue;
                }

                try
                {
                    Run(binaries, Path.Combine(binaries, "pg_ctl"), ["-D", Path.Combine(folder, "data"), "-m", "immediate", "-w", "stop"]);
                }
                catch (InvalidOperationException)
                {
                    // Already stopped: only the folder is left.
                }

                Directory.Delete(folder, recursive: true);
            }
        }

        private static bool IsRunning(int pid)
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                return !process.HasExited;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        /// <summary>Runs a tool to completion, as <c>postgres</c> when this process is root; a non-zero exit throws with its output.</summary>
        private static string Run(string binaries, string tool, IReadOnlyList<string> arguments)
        {
            var start = new ProcessStartInfo
            {
                FileName = Environment.IsPrivilegedProcess ? "runuser" : tool,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = Path.GetTempPath(),
            };
            if (Environment.IsPrivilegedProcess)
            {
                foreach (var argument in new[] { "-u", ServiceUser, "--", tool })
                {
                    start.ArgumentList.Add(argument);
                }
            }

            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{Path.GetFileName(tool)} exited with {process.ExitCode} (binaries in {binaries}): {error.Result}{output}");
            }

            return output;
        }
    }
}
