using FluentValidation.Results;

namespace IRLearn.Application.Classrooms.Commands.AssignQuiz;

/// <summary>Gives one of the caller's published quizzes to a classroom they teach, open from <see cref="OpensAt"/> until <see cref="DueAt"/>.</summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record AssignQuizCommand(Guid ClassroomId, Guid QuizId, string? Title, DateTimeOffset OpensAt, DateTimeOffset DueAt) : ICommand<Guid>;

public sealed class AssignQuizCommandValidator : AbstractValidator<AssignQuizCommand>
{
    public AssignQuizCommandValidator()
    {
        RuleFor(c => c.QuizId).NotEmpty().WithMessage("Choose a quiz.");
        RuleFor(c => c.Title).MaximumLength(Assignment.MaxTitleLength);
        RuleFor(c => c.DueAt).GreaterThan(c => c.OpensAt).WithMessage("An assignment must open before it is due.");
    }
}

public sealed class AssignQuizCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<AssignQuizCommand, Guid>
{
    public async ValueTask<Guid> Handle(AssignQuizCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var classroom = await db.Classrooms.TaughtBy(userId).FirstOrNotFoundAsync(command.ClassroomId, cancellationToken);
        var quiz = await db.Quizzes.AsNoTracking().OwnedBy(userId).FirstOrNotFoundAsync(command.QuizId, cancellationToken);
        if (quiz.Status != QuizStatus.Published)
        {
            throw new ValidationException([new ValidationFailure(nameof(AssignQuizCommand.QuizId), "Publish the quiz before assigning it.")]);
        }

        var title = string.IsNullOrWhiteSpace(command.Title) ? quiz.Title : command.Title;
        var assignment = classroom.Assign(quiz.Id, title, command.OpensAt, command.DueAt, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return assignment.Id;
    }
}
