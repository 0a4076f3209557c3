using IRLearn.Application.Grading.Common;
using IRLearn.Web.Grading;

namespace IRLearn.Web.Infrastructure;

public static partial class WebFeatures
{
    // One runner instance is both the job store the use cases see and the hosted service that drains it.
    static partial void AddGradingServices(IServiceCollection services)
    {
        services.AddSingleton<RegradeJobRunner>();
        services.AddSingleton<IRegradeJobs>(sp => sp.GetRequiredService<RegradeJobRunner>());
        services.AddHostedService(sp => sp.GetRequiredService<RegradeJobRunner>());
    }
}
