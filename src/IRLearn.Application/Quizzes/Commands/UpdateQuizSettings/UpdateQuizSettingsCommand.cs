namespace IRLearn.Application.Quizzes.Commands.UpdateQuizSettings;

/// <summary>Saves the quiz's title, description and every setting. A null time limit means untimed; null attempts means unlimited.</summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record UpdateQuizSettingsCommand(
    Guid QuizId,
    string Title,
    string? Description,
    int? TimeLimitMinutes,
    int? AttemptsAllowed,
    bool ShuffleQuestions,
    bool ShuffleOptions,
    DateTimeOffset? AvailableFrom,
    DateTimeOffset? AvailableUntil,
    FeedbackPolicy FeedbackPolicy,
    decimal PassingScorePercent,
    GradingMethod GradingMethod) : ICommand;

public sealed class UpdateQuizSettingsCommandValidator : AbstractValidator<UpdateQuizSettingsCommand>
{
    public UpdateQuizSettingsCommandValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(Quiz.MaxTitleLength);
        RuleFor(c => c.Description).MaximumLength(Quiz.MaxDescriptionLength);
        RuleFor(c => c.TimeLimitMinutes).InclusiveBetween(1, 24 * 60).When(c => c.TimeLimitMinutes is not null);
        RuleFor(c => c.AttemptsAllowed).InclusiveBetween(1, 100).When(c => c.AttemptsAllowed is not null);
        RuleFor(c => c.PassingScorePercent).InclusiveBetween(0, 100);
        RuleFor(c => c.FeedbackPolicy).IsInEnum();
        RuleFor(c => c.GradingMethod).IsInEnum();
        RuleFor(c => c.AvailableUntil).GreaterThan(c => c.AvailableFrom)
            .When(c => c.AvailableFrom is not null && c.AvailableUntil is not null)
            .WithMessage("The quiz must become available before it stops being available.");
    }
}

public sealed class UpdateQuizSettingsCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<UpdateQuizSettingsCommand>
{
    public async ValueTask<Unit> Handle(UpdateQuizSettingsCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var quiz = await db.Quizzes.OwnedBy(userId).FirstOrNotFoundAsync(command.QuizId, cancellationToken);
        var now = clock.GetUtcNow();
        var settings = QuizSettings.Create(
            command.TimeLimitMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : null,
            command.AttemptsAllowed,
            command.ShuffleQuestions,
            command.ShuffleOptions,
            command.AvailableFrom,
            command.AvailableUntil,
            command.FeedbackPolicy,
            command.PassingScorePercent,
            command.GradingMethod);
        quiz.Rename(command.Title, now);
        quiz.UpdateDescription(command.Description, now);
        quiz.UpdateSettings(settings, now);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
