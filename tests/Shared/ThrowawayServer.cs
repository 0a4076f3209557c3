using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace IRLearn.Testing;

/// <summary>
/// One server of a kind (PostgreSQL, Redis) for the whole test process, started by the first test that needs it from
/// the binaries Debian installs, on a free loopback port in a temp folder, and stopped when the process exits
/// (ADR 16). Without the binaries the calling test is skipped with the install hint; under CI (<c>IRLEARN_CI=1</c>)
/// it fails instead, so a broken install cannot pass unseen. A server that did not start fails every later test the
/// same way, without trying again.
/// </summary>
/// <param name="locate">Where the binaries are, or null when they are not installed.</param>
/// <param name="start">Starts the server from the binaries; throws <see cref="InvalidOperationException"/> when it cannot.</param>
/// <param name="stop">Stops it and deletes its folder; called once, at exit.</param>
internal sealed class ThrowawayServer<TServer>(string name, string installHint, Func<string?> locate, Func<string, TServer> start, Action<TServer> stop)
    where TServer : class
{
    private readonly Lock _gate = new();
    private TServer? _server;
    private string? _failure;

    /// <summary>The running server, started now if no test has asked for it yet.</summary>
    public TServer Shared()
    {
        lock (_gate)
        {
            if (_server is not null)
            {
                return _server;
            }

            if (_failure is not null)
            {
                throw new InvalidOperationException(_failure);
            }

            var binaries = locate();
            if (binaries is null)
            {
                if (Environment.GetEnvironmentVariable("IRLEARN_CI") is "1" or "true")
                {
                    Assert.Fail($"IRLEARN_CI is set, so a missing {name} is a failure. {installHint}");
                }

                Assert.Skip(installHint);
            }

            try
            {
                _server = start(binaries);
            }
            catch (InvalidOperationException ex)
            {
                _failure = $"The test {name} did not start: {ex.Message}";
                throw new InvalidOperationException(_failure, ex);
            }

            var started = _server;
            AppDomain.CurrentDomain.ProcessExit += (_, _) => stop(started);
            return started;
        }
    }

    /// <summary>The server if a test has started it; null otherwise (nothing to clean up).</summary>
    public TServer? Running
    {
        get
        {
            lock (_gate)
            {
                return _server;
            }
        }
    }
}

/// <summary>The plumbing the throwaway servers share: ports, folders, processes and the servers killed tests left behind.</summary>
internal static class ThrowawayServers
{
    private const string OwnerFile = "owner.pid";

    /// <summary>The user a server runs as when this process is root (PostgreSQL refuses root).</summary>
    public const string PostgresUser = "postgres";

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// A new temp folder <c>&lt;prefix&gt;-XXXXXX</c> that records this process as its owner, so a later run can tell a
    /// folder left by a killed run (<see cref="StopOrphans"/>). Made by <paramref name="runAs"/> when given, so it
    /// belongs to the user the server runs as.
    /// </summary>
    public static string CreateFolder(string prefix, string? runAs)
    {
        var folder = runAs is null
            ? Directory.CreateTempSubdirectory(prefix + "-").FullName
            : Run("mktemp", ["-d", Path.Combine(Path.GetTempPath(), prefix + "-XXXXXX")], runAs).Trim();
        File.WriteAllText(Path.Combine(folder, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        return folder;
    }

    /// <summary>
    /// Stops the servers of test processes that were killed before their exit hook ran (a timed-out or cancelled run),
    /// so they do not pile up, and deletes their folders. A folder whose owner still runs, or that has no owner yet, is
    /// left alone.
    /// </summary>
    public static void StopOrphans(string prefix, Action<string> stop)
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), prefix + "-*"))
        {
            var owner = Path.Combine(folder, OwnerFile);
            if (!File.Exists(owner) || !int.TryParse(File.ReadAllText(owner), CultureInfo.InvariantCulture, out var pid) || IsRunning(pid))
            {
                continue;
            }

            try
            {
                stop(folder);
            }
            catch (InvalidOperationException)
            {
                // Already stopped: only the folder is left.
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    public static bool IsRunning(int pid)
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

    /// <summary>Runs a tool to completion, as <paramref name="runAs"/> when given; a non-zero exit throws with its output.</summary>
    public static string Run(string tool, IReadOnlyList<string> arguments, string? runAs = null)
    {
        var start = new ProcessStartInfo
        {
            FileName = runAs is null ? tool : "runuser",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (runAs is not null)
        {
            foreach (var argument in new[] { "-u", runAs, "--", tool })
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
            throw new InvalidOperationException($"{tool} exited with {process.ExitCode}: {error.Result}{output}");
        }

        return output;
    }
}
