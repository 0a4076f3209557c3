using System.Net;
using IRLearn.Web.Infrastructure;
using IRLearn.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
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
}
