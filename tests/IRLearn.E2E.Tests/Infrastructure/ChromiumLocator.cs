namespace IRLearn.E2E.Tests.Infrastructure;

/// <summary>
/// Finds the system Chromium (Debian's `chromium` package): `playwright install` cannot download
/// browsers on our machines. Under CI (<c>IRLEARN_REQUIRE_BROWSER=1</c>, set by .ci/run) a missing
/// browser is a failure, so a broken install cannot pass unseen; elsewhere the tests are skipped
/// with the install hint.
/// </summary>
public static class ChromiumLocator
{
    public const string InstallHint = "Install Debian's Chromium (`sudo apt-get install chromium`) or set IRLEARN_CHROMIUM to a Chromium binary.";

    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/snap/bin/chromium"];

    public static bool BrowserRequired => Environment.GetEnvironmentVariable("IRLEARN_REQUIRE_BROWSER") is "1" or "true";

    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("IRLEARN_CHROMIUM");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        return Array.Find(Candidates, File.Exists);
    }
}
