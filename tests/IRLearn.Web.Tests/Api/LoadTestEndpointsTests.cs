using IRLearn.Web.Endpoints;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;

namespace IRLearn.Web.Tests.Api;

/// <summary>The load harness's floors exist only when a load test turns them on, and never in Production.</summary>
public sealed class LoadTestEndpointsTests(IRLearnWebFactory factory) : IClassFixture<IRLearnWebFactory>
{
    [Fact]
    public async Task Endpoints_AreNotMappedByDefault()
    {
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/load/bare")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/load/runtime")).StatusCode);
    }

    [Fact]
    public async Task Endpoints_AnswerWhenTurnedOn_AndTheWriteNeedsAToken()
    {
        using var enabled = factory.WithWebHostBuilder(host => host.UseSetting(LoadTest.Setting, "true"));
        using var anonymous = enabled.CreateClient();
        using var student = await ApiClient.SignedInAsync(enabled, DemoAccounts.Student);

        var bare = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/load/bare");
        var runtime = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/load/runtime");
        var refused = await anonymous.PostAsync("/api/v1/load/write", null);
        var written = await student.PostAsync("/api/v1/load/write", null);

        Assert.Equal("ok", bare.GetProperty("status").GetString());
        Assert.True(runtime.GetProperty("allocatedBytes").GetInt64() > 0);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, written.StatusCode);
        Assert.Equal(1, (await written.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows").GetInt32());
    }

    // The check the endpoint map runs at start-up (ApiV1.MapApiV1), on a real configuration and environment.
    [Theory]
    [InlineData("Production", "true", null)]
    [InlineData("Development", "true", true)]
    [InlineData("Production", null, false)]
    [InlineData("LoadTest", "false", false)]
    public void TheSetting_IsOffByDefault_AndRefusedInProduction(string environment, string? setting, bool? expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(setting is null ? [] : [new KeyValuePair<string, string?>(LoadTest.Setting, setting)])
            .Build();
        var host = new HostingEnvironment { EnvironmentName = environment };

        if (expected is { } enabled)
        {
            Assert.Equal(enabled, LoadTest.IsEnabled(configuration, host));
        }
        else
        {
            var refused = Assert.Throws<InvalidOperationException>(() => LoadTest.IsEnabled(configuration, host));
            Assert.Contains("refused in Production", refused.Message);
        }
    }
}
