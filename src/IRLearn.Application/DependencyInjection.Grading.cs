using FluentValidation;
using IRLearn.Application.Grading.Commands.AcceptAnswer;
using IRLearn.Application.Grading.Commands.GradeResponse;
using IRLearn.Application.Grading.Commands.OverrideAttemptScore;
using IRLearn.Application.Grading.Commands.StartRegrade;
using IRLearn.Application.Grading.Common;
using IRLearn.Application.Grading.Queries.GetGradebook;
using Microsoft.Extensions.DependencyInjection;

namespace IRLearn.Application;

public static partial class DependencyInjection
{
    static partial void AddGrading(IServiceCollection services)
    {
        services.AddScoped<QuestionRegrader>();
        services.AddScoped<IValidator<GetGradebookQuery>, GetGradebookQueryValidator>();
        services.AddScoped<IValidator<GradeResponseCommand>, GradeResponseCommandValidator>();
        services.AddScoped<IValidator<OverrideAttemptScoreCommand>, OverrideAttemptScoreCommandValidator>();
        services.AddScoped<IValidator<AcceptAnswerForEveryoneCommand>, AcceptAnswerForEveryoneCommandValidator>();
        services.AddScoped<IValidator<StartRegradeCommand>, StartRegradeCommandValidator>();
    }
}
