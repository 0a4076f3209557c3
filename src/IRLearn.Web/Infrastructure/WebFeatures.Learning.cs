using IRLearn.Web.Learning;

namespace IRLearn.Web.Infrastructure;

public static partial class WebFeatures
{
    static partial void AddLearningServices(IServiceCollection services) =>
        services.AddHostedService<AttemptExpirySweep>();
}
