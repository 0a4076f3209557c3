using FluentValidation;
using IRLearn.Application.Attempts.Commands.SaveAnswers;
using IRLearn.Application.Attempts.Commands.SubmitAttempt;
using IRLearn.Application.Classrooms.Commands.JoinClassroom;
using IRLearn.Application.Common.Interfaces;
using IRLearn.Application.Progress.Commands.PracticeReviewCard;
using IRLearn.Application.Progress.EventHandlers;
using IRLearn.Domain.Attempts;
using Microsoft.Extensions.DependencyInjection;

namespace IRLearn.Application;

public static partial class DependencyInjection
{
    /// <summary>The student's side: joining classrooms, taking attempts, progress and the review queue.</summary>
    static partial void AddLearning(IServiceCollection services)
    {
        services.AddScoped<IValidator<JoinClassroomCommand>, JoinClassroomCommandValidator>();
        services.AddScoped<IValidator<SaveAnswersCommand>, SaveAnswersCommandValidator>();
        services.AddScoped<IValidator<SubmitAttemptCommand>, SubmitAttemptCommandValidator>();
        services.AddScoped<IValidator<PracticeReviewCardCommand>, PracticeReviewCardCommandValidator>();
    }
}
