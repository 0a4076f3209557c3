using IRLearn.Web.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IRLearn.Web.Tests.Shell;

/// <summary>What a load balancer or an orchestrator asks: is the process alive, and may it take traffic.</summary>
public sealed class HealthTests(IRLearnWebFactory factory) : IClassFixture<IRLearnWebFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task WithTheDatabaseAnswering_IsHealthy(string path)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AFailingReadinessCheck_MakesReadyUnavailable_ButNotLive()
    {
        // A derived factory is disposed with the class fixture that made it.
        var broken = factory.WithWebHostBuilder(host => host.ConfigureTestServices(services => services.AddHealthChecks()
            .AddCheck("unreachable dependency", () => HealthCheckResult.Unhealthy(), tags: [HealthTags.Ready])));
        using var client = broken.CreateClient();

        var ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        var live = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task WithRedisConfigured_ReadyAsksRedisToo()
    {
        // Nothing listens on a port just handed out and released: a Redis that is down.
        var down = $"127.0.0.1:{ThrowawayServers.FreePort()}";
        using var up = factory.WithWebHostBuilder(host => host.UseSetting("Redis:ConnectionString", RedisTestServer.ConnectionString)).CreateClient();
        using var unreachable = factory.WithWebHostBuilder(host => host.UseSetting("Redis:ConnectionString", down)).CreateClient();

        var ready = await up.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        var notReady = await unreachable.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        var stillLive = await unreachable.GetAsync("/health/live", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillLive.StatusCode);
    }
}
