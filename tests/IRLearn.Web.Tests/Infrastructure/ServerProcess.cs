using System.Diagnostics;

namespace IRLearn.Web.Tests.Infrastructure;

/// <summary>
/// The built IRLearn.Web run as its own operating-system process (`dotnet IRLearn.Web.dll`, as a deployment runs
/// it), in Production, on a free loopback port that Kestrel picks. Unlike WebApplicationFactory, it can be killed with
/// SIGKILL, which is what the durability test needs (nothing in the process gets to flush or close), and two of them
/// share nothing but what a deployment's instances share, which is what the scale-out tests need.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private const string ListeningLine = "Now listening on: ";

    // How much of the server's output is kept, its latest part: a server that logs an error on every request (a save
    // path that throws, under the durability test's writers) wrote gigabytes in minutes and took the test host down with
    // an OutOfMemoryException instead of failing the test with the output's tail.
    private const int KeptOutput = 1 << 20;

    private readonly Process _process;
    private readonly StringBuilder _output;

    private ServerProcess(Process process, StringBuilder output, Uri baseAddress, TimeSpan startup)
    {
        _process = process;
        _output = output;
        BaseAddress = baseAddress;
        Startup = startup;
    }

    public Uri BaseAddress { get; }

    /// <summary>From process start to Kestrel listening: opening the database (replaying its WAL), migrations, roles.</summary>
    public TimeSpan Startup { get; }

    /// <summary>A server over a SQLite file.</summary>
    public static Task<ServerProcess> StartAsync(string databasePath, CancellationToken cancellationToken) =>
        StartAsync(
            new Dictionary<string, string>
            {
                ["Database__Provider"] = "Sqlite",
                ["Database__ConnectionString"] = $"Data Source={databasePath}",
            },
            cancellationToken);

    /// <summary>A server configured by <paramref name="environment"/> (at least the database), without demo data.</summary>
    public static async Task<ServerProcess> StartAsync(IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        // The project reference copies IRLearn.Web.dll, its runtime config, deps and appsettings next to the tests.
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "IRLearn.Web.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Database__SeedDemoData"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // The one information line the test needs: the port Kestrel bound.
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        var output = new StringBuilder();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, line) => OnLine(line.Data);
        process.ErrorDataReceived += (_, line) => OnLine(line.Data);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("The server exited before it listened."));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            var address = await listening.Task.WaitAsync(TimeSpan.FromSeconds(90), cancellationToken);
            return new ServerProcess(process, output, address, clock.Elapsed);
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
        {
            Kill(process);
            process.Dispose();
            throw new InvalidOperationException($"The server did not start listening: {ex.Message} Its output:\n{Snapshot(output)}", ex);
        }

        void OnLine(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
                if (output.Length > KeptOutput)
                {
                    output.Remove(0, output.Length - (KeptOutput / 2)).Insert(0, "[earlier output dropped]" + Environment.NewLine);
                }
            }

            var at = line.IndexOf(ListeningLine, StringComparison.Ordinal);
            if (at >= 0)
            {
                listening.TrySetResult(new Uri(line[(at + ListeningLine.Length)..].Trim()));
            }
        }
    }

    /// <summary>SIGKILL on Linux: the process ends at once, without running any of its own shutdown code.</summary>
    public void Kill()
    {
        Kill(_process);
        _process.WaitForExit();
    }

    public string Output => Snapshot(_output);

    /// <summary>A browser on this server; give two servers' browsers one cookie container to be one browser behind a load balancer.</summary>
    public BrowserSession Browser(CookieContainer cookies) =>
        new(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies, UseCookies = true }) { BaseAddress = BaseAddress });

    public void Dispose()
    {
        Kill(_process);
        _process.Dispose();
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
}
