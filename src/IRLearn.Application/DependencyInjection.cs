using IRLearn.Application.Articles;
using IRLearn.Application.Common.Limits;
using IRLearn.Application.Common.Telemetry;
using IRLearn.Application.Grading.Common;
using IRLearn.Application.Grading.Queries.ExportGradebook;
using IRLearn.QuestionGeneration;
using Microsoft.Extensions.DependencyInjection;

namespace IRLearn.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the application layer's own services. Use-case handlers, event handlers and the
    /// pipeline are wired by the Mediator source generator in the host project (ADR 1). Validators sit
    /// beside their use cases and are found here by scanning this assembly, so a new one cannot be
    /// forgotten; a test in Web.Tests resolves every validator type through the host's container.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        // The engine is pure and stateless, so one instance serves every request.
        services.AddSingleton<IArticleGenerator, ArticleGenerator>();
        services.AddSingleton<ArticleImporter>();
        services.AddScoped<QuestionRegrader>();

        // IRLearn's own meter and activity source (ADR 22); the host decides whether anything exports them.
        services.AddMetrics();
        services.AddSingleton<IRLearnTelemetry>();

        // One import at a time per account (ADR 15); "Imports:MaxConcurrentPerUser", "Imports:RetryAfter".
        services.AddOptions<ImportOptions>()
            .BindConfiguration(ImportOptions.SectionName)
            .Validate(o => o.MaxConcurrentPerUser is >= 1 and <= 64, "Imports:MaxConcurrentPerUser must be between 1 and 64.")
            .Validate(o => o.RetryAfter > TimeSpan.Zero && o.RetryAfter <= TimeSpan.FromHours(1), "Imports:RetryAfter must be positive and at most an hour.")
            .ValidateOnStart();
        services.AddSingleton<ImportSlots>();

        // Gradebook files made under a classroom's current stamp (ADR 23).
        services.AddSingleton<GradebookFiles>();
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Scoped);
        return services;
    }
}
