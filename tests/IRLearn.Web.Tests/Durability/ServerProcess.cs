using System.Diagnostics;
using System.Text;

namespace IRLearn.Web.Tests.Durability;

/// <summary>
/// The built IRLearn.Web run as its own operating-system process (`dotnet IRLearn.Web.dll`, as a deployment runs
/// it), over a given SQLite file, on a free loopback port that Kestrel picks. Unlike WebApplicationFactory, it can
/// be killed with SIGKILL, which is what the durability test needs: nothing in the process gets to flush or close.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private const string ListeningLine = "Now listening on: ";

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

    public static async Task<ServerProcess> StartAsync(string databasePath, CancellationToken cancellationToken)
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
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Database__ConnectionString"] = $"Data Source={databasePath}";
        start.Environment["Database__SeedDemoData"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // The one information line the test needs: the port Kestrel bound.
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";

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
