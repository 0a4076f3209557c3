using Microsoft.AspNetCore.TestHost;

namespace IRLearn.Web.Tests.Learn;

/// <summary>
/// The real app with a clock the tests control. The background expiry sweep is off so that only
/// the requests under test touch an attempt (reading an attempt closes it when its time is up).
/// </summary>
public sealed class LearnWebFactory : IRLearnWebFactory
{
    public SettableClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Learning:ExpirySweepSeconds", "0");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
