using FluentValidation;
using IRLearn.Application.Accounts.Commands.CreateInstructor;
using IRLearn.Application.Accounts.Commands.RegisterStudent;
using Microsoft.Extensions.DependencyInjection;

namespace IRLearn.Application;

public static partial class DependencyInjection
{
    /// <summary>
    /// Registers the application layer's own services. Use-case handlers and the pipeline are wired by
    /// the Mediator source generator in the host project; validators are listed here by hand rather than
    /// found by assembly scanning, so a missing one is a visible diff, not a run-time surprise.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddScoped<IValidator<RegisterStudentCommand>, RegisterStudentCommandValidator>();
        services.AddScoped<IValidator<CreateInstructorCommand>, CreateInstructorCommandValidator>();
        AddTeaching(services);
        AddLearning(services);
        AddGrading(services);
        AddLeaderboards(services);
        return services;
    }

    // Each product area registers its validators and domain-event handlers in its own partial file
    // (DependencyInjection.<Area>.cs), so areas can grow independently without editing this one.
    static partial void AddTeaching(IServiceCollection services);

    static partial void AddLearning(IServiceCollection services);

    static partial void AddGrading(IServiceCollection services);

    static partial void AddLeaderboards(IServiceCollection services);
}
