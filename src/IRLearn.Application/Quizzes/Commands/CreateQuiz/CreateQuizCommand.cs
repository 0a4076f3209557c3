namespace IRLearn.Application.Quizzes.Commands.CreateQuiz;

/// <summary>Starts an empty draft quiz with default settings; questions and rules are added in the builder.</summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record CreateQuizCommand(string Title, string? Description) : ICommand<Guid>;

public sealed class CreateQuizCommandValidator : AbstractValidator<CreateQuizCommand>
{
    public CreateQuizCommandValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(Quiz.MaxTitleLength);
        RuleFor(c => c.Description).MaximumLength(Quiz.MaxDescriptionLength);
    }
}

public sealed class CreateQuizCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<CreateQuizCommand, Guid>
{
    public async ValueTask<Guid> Handle(CreateQuizCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var quiz = Quiz.Create(userId, command.Title, command.Description, clock.GetUtcNow());
        db.Quizzes.Add(quiz);
        await db.SaveChangesAsync(cancellationToken);
        return quiz.Id;
    }
}
