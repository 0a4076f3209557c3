using FluentValidation;
using IRLearn.Application.Articles;
using IRLearn.Application.Grading.Common;
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
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Scoped);
        return services;
    }
}
