using System.Diagnostics;
using System.Globalization;
using IRLearn.Testing;

namespace IRLearn.Infrastructure.Tests.Testing;

/// <summary>The throwaway servers the test run starts itself (ADR 16): Redis here; PostgreSQL is exercised by every *.PostgreSql test.</summary>
public sealed class ThrowawayServerTests
{
    [Fact]
    public void Redis_AnswersOnLoopback_FromATempFolder_AndPersistsNothing()
    {
        Assert.StartsWith("127.0.0.1:", RedisTestServer.ConnectionString, StringComparison.Ordinal);
        Assert.Equal("+PONG", RedisTestServer.Command("PING"));
        Assert.Equal("bind\n127.0.0.1", RedisTestServer.Command("CONFIG", "GET", "bind"));
        Assert.Equal("save\n", RedisTestServer.Command("CONFIG", "GET", "save"));
        Assert.Equal("appendonly\nno", RedisTestServer.Command("CONFIG", "GET", "appendonly"));
        var folder = RedisTestServer.Command("CONFIG", "GET", "dir").Split('\n')[1];
        Assert.StartsWith(Path.Combine(Path.GetTempPath(), "irlearn-redis-"), folder, StringComparison.Ordinal);
    }

    [Fact]
    public void StopOrphans_StopsWhatAKilledRunLeft_AndLeavesALiveRunsServerAlone()
    {
        var prefix = $"irlearn-orphan-test-{Guid.NewGuid():N}";
        var orphan = ThrowawayServers.CreateFolder(prefix, runAs: null);
        var live = ThrowawayServers.CreateFolder(prefix, runAs: null);
        var unowned = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"{prefix}-starting")).FullName;
        File.WriteAllText(Path.Combine(orphan, "owner.pid"), ExitedProcessId().ToString(CultureInfo.InvariantCulture));
        var stopped = new List<string>();
        try
        {
            ThrowawayServers.StopOrphans(prefix, stopped.Add);

            Assert.Equal([orphan], stopped);
            Assert.False(Directory.Exists(orphan));
            Assert.True(Directory.Exists(live));
            Assert.True(Directory.Exists(unowned));
        }
        finally
        {
            foreach (var folder in new[] { orphan, live, unowned }.Where(Directory.Exists))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static int ExitedProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
