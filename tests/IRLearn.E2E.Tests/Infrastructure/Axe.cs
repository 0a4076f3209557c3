using Deque.AxeCore.Playwright;

namespace IRLearn.E2E.Tests.Infrastructure;

/// <summary>
/// axe-core on a page as the browser shows it: every serious or critical violation becomes one line of
/// <c>problems</c> naming the page, the rule and the first offending elements, so a test can audit several states and
/// fail once with all of them.
/// </summary>
public static class Axe
{
    private static readonly string[] Blocking = ["serious", "critical"];

    /// <summary>Runs axe on the current page, or on each path given (after it loads).</summary>
    public static async Task AuditAsync(IPage page, List<string> problems, params string[] paths)
    {
        if (paths.Length == 0)
        {
            await RunAsync(page, problems);
            return;
        }

        foreach (var path in paths)
        {
            var response = await page.GotoAsync(path);
            Assert.True(response?.Ok == true, $"{path} answered {response?.Status}.");
            await RunAsync(page, problems);
        }
    }

    private static async Task RunAsync(IPage page, List<string> problems)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var result = await page.RunAxe();
        foreach (var violation in result.Violations.Where(v => Blocking.Contains(v.Impact)))
        {
            var targets = string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Html));
            problems.Add($"{new Uri(page.Url).PathAndQuery}: {violation.Impact} {violation.Id} ({violation.Nodes.Length}): {targets}");
        }
    }
}
