using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IRLearn.Web.Tests.Shell;

/// <summary>The host wires scheduled backups from the Backup section and refuses to start with settings that make no sense (ADR 13).</summary>
public sealed class ScheduledBackupsHostTests(IRLearnWebFactory factory) : IClassFixture<IRLearnWebFactory>
{
    [Fact]
    public void ABackupDirectory_RunsTheScheduledBackups_ResolvedUnderTheContentRoot()
    {
        using var configured = factory.WithWebHostBuilder(host => host.UseSetting("Backup:Directory", "backups-test").UseSetting("Backup:Interval", "01:00:00"));

        Assert.Single(configured.Services.GetServices<IHostedService>().OfType<ScheduledBackups>());
        var options = configured.Services.GetRequiredService<IOptions<BackupOptions>>().Value;
        Assert.True(Path.IsPathRooted(options.Directory), options.Directory);
        Assert.EndsWith("backups-test", options.Directory, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00:00:10", "7")]
    [InlineData("01:00:00", "0")]
    public void SettingsThatMakeNoSense_StopTheServerAtStart(string interval, string keep)
    {
        using var configured = factory.WithWebHostBuilder(host => host
            .UseSetting("Backup:Directory", Path.GetTempPath())
            .UseSetting("Backup:Interval", interval)
            .UseSetting("Backup:Keep", keep));

        var refused = Assert.Throws<OptionsValidationException>(() => configured.Services);
        Assert.Contains("Backup:", refused.Message, StringComparison.Ordinal);
    }
}
