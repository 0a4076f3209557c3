namespace IRLearn.Web.Tests.Infrastructure;

/// <summary>Settings that are checked at start-up: the app refuses to start and names the setting.</summary>
public static class Misconfigured
{
    public static void AssertRefusesToStart(WebApplicationFactory<Program> factory, string setting, string value)
    {
        using var misconfigured = factory.WithWebHostBuilder(host => host.UseSetting(setting, value));

        var error = Assert.ThrowsAny<Exception>(() => misconfigured.CreateClient());

        Assert.Contains(setting, error.ToString(), StringComparison.Ordinal);
    }
}
