using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace IRLearn.Testing;

/// <summary>
/// A throwaway <c>redis-server</c> for one test process (ADR 16, like <see cref="PostgreSqlTestServer"/>): started by the
/// first test that asks for it, on a free loopback port with a temp folder as its working directory and nothing
/// persisted (no RDB snapshots, no append-only file), and stopped when the process exits. Tests that share it keep
/// apart by a channel prefix of their own (<see cref="NewChannelPrefix"/>), as SignalR's backplane allows.
/// </summary>
/// <remarks>
/// Without <c>redis-server</c> the calling test is skipped with <see cref="InstallHint"/>; under CI (<c>IRLEARN_CI=1</c>)
/// it fails instead.
/// </remarks>
public static class RedisTestServer
{
    public const string InstallHint = "The Redis tests need Debian's server: apt-get install redis-server (or set IRLEARN_REDIS_SERVER to the redis-server binary).";

    private const string FolderPrefix = "irlearn-redis";
    private const string PidFile = "redis.pid";

    private static readonly ThrowawayServer<Instance> Server = new("Redis", InstallHint, FindBinary, Instance.Start, instance => instance.Stop());

    /// <summary>The running server's address as StackExchange.Redis takes it (<c>127.0.0.1:port</c>), started now if need be.</summary>
    public static string ConnectionString => Server.Shared().ConnectionString;

    /// <summary>A prefix no other test uses, for channels (and keys) on the shared server.</summary>
    public static string NewChannelPrefix() => $"irlearn-test-{Guid.NewGuid():N}";

    /// <summary>
    /// Sends one command and returns its reply as text: a status or error line as sent (<c>+PONG</c>, <c>-ERR …</c>),
    /// an integer or a string as itself, an array as its items one per line.
    /// </summary>
    public static string Command(params string[] arguments) => Instance.Send(Server.Shared().Port, arguments);

    /// <summary><c>IRLEARN_REDIS_SERVER</c>, or Debian's <c>/usr/bin/redis-server</c>.</summary>
    private static string? FindBinary()
    {
        var configured = Environment.GetEnvironmentVariable("IRLEARN_REDIS_SERVER");
        var binary = string.IsNullOrWhiteSpace(configured) ? "/usr/bin/redis-server" : configured;
        return File.Exists(binary) ? binary : null;
    }

    private sealed class Instance(string folder, int port)
    {
        private int _stopped;

        public int Port => port;

        public string ConnectionString => $"127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";

        public static Instance Start(string binary)
        {
            ThrowawayServers.StopOrphans(FolderPrefix, Kill);
            var folder = ThrowawayServers.CreateFolder(FolderPrefix, runAs: null);
            var port = ThrowawayServers.FreePort();

            // Daemonized with a pid file, so a run killed before its exit hook leaves a process the next run can find.
            // Nothing is saved: `save ""` turns snapshots off and appendonly stays off.
            ThrowawayServers.Run(binary, [
                "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--protected-mode", "yes",
                "--save", string.Empty, "--appendonly", "no", "--dir", folder,
                "--daemonize", "yes", "--pidfile", Path.Combine(folder, PidFile), "--logfile", Path.Combine(folder, "server.log"),
            ]);
            var instance = new Instance(folder, port);
            instance.WaitUntilReady();
            return instance;
        }

        public void Stop()
        {
            if (Interlocked.Exchange(ref _stopped, 1) == 1)
            {
                return;
            }

            try
            {
                Kill(folder);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        public static string Send(int port, string[] arguments)
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", port);
            using var stream = client.GetStream();
            var request = new StringBuilder().Append(CultureInfo.InvariantCulture, $"*{arguments.Length}\r\n");
            foreach (var argument in arguments)
            {
                request.Append(CultureInfo.InvariantCulture, $"${Encoding.UTF8.GetByteCount(argument)}\r\n{argument}\r\n");
            }

            stream.Write(Encoding.UTF8.GetBytes(request.ToString()));
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return ReadReply(reader);
        }

        /// <summary>Just enough of RESP for tests: status, error, integer, bulk string and (nested) array replies.</summary>
        private static string ReadReply(StreamReader reader)
        {
            var line = reader.ReadLine() ?? throw new InvalidOperationException("redis-server closed the connection without a reply.");
            var length = line.Length > 1 && line[0] is '$' or '*' ? int.Parse(line.AsSpan(1), CultureInfo.InvariantCulture) : 0;
            return line[0] switch
            {
                ':' => line[1..],
                '$' => length < 0 ? string.Empty : reader.ReadLine() ?? string.Empty,
                '*' => string.Join('\n', Enumerable.Range(0, Math.Max(length, 0)).Select(_ => ReadReply(reader))),
                _ => line,
            };
        }

        /// <summary>A daemonized server answers once it has bound the port; up to 30 s under load.</summary>
        private void WaitUntilReady()
        {
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (true)
            {
                try
                {
                    if (Send(port, ["PING"]) == "+PONG")
                    {
                        return;
                    }
                }
                catch (Exception ex) when (ex is SocketException or IOException && waited.Elapsed < TimeSpan.FromSeconds(30))
                {
                    // Not listening yet.
                }

                if (waited.Elapsed >= TimeSpan.FromSeconds(30))
                {
                    var log = Path.Combine(folder, "server.log");
                    throw new InvalidOperationException($"redis-server did not answer on port {port} within 30 s. {(File.Exists(log) ? File.ReadAllText(log) : string.Empty)}");
                }

                Thread.Sleep(50);
            }
        }

        /// <summary>Kills the server whose pid file is in the folder, if that process is still a redis-server.</summary>
        private static void Kill(string folder)
        {
            var pidFile = Path.Combine(folder, PidFile);
            if (!File.Exists(pidFile) || !int.TryParse(File.ReadAllText(pidFile).Trim(), CultureInfo.InvariantCulture, out var pid))
            {
                return;
            }

            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(pid);
                if (process.ProcessName.StartsWith("redis-server", StringComparison.Ordinal))
                {
                    process.Kill();
                    process.WaitForExit();
                }
            }
            catch (ArgumentException)
            {
                // Already gone.
            }
        }
    }
}
