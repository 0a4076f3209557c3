namespace IRLearn.E2E.Tests.Infrastructure;

/// <summary>One app server and one Chromium per test class; each test gets its own browser context (its own cookies).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public E2EServer Server { get; } = new();

    public IBrowser? Browser { get; private set; }

    public string? MissingBrowserReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var executable = ChromiumLocator.Find();
        if (executable is null)
        {
            MissingBrowserReason = $"No Chromium found. {ChromiumLocator.InstallHint}";
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ],
        });
    }

    /// <summary>
    /// A fresh context on the app (optionally with JavaScript off, to prove a page works without it, or in another time
    /// zone and locale than the machine's); skips (or fails, under CI) when there is no browser.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(bool javaScriptEnabled = true, string? timezoneId = null, string? locale = null)
    {
        if (Browser is null)
        {
            if (ChromiumLocator.BrowserRequired)
            {
                Assert.Fail($"{MissingBrowserReason} IRLEARN_REQUIRE_BROWSER is set, so a missing browser is a failure.");
            }

            Assert.Skip(MissingBrowserReason ?? ChromiumLocator.InstallHint);
        }

        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress.ToString(),
            JavaScriptEnabled = javaScriptEnabled,
            TimezoneId = timezoneId,
            Locale = locale,
        });
        // Generous waits, not timing assertions: on two busy cores a first page (JIT, view compilation, SQLite warm-up)
        // has taken more than 15 seconds to load after a login redirect.
        context.SetDefaultTimeout(20_000);
        context.SetDefaultNavigationTimeout(45_000);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}
