namespace IRLearn.Application.QuestionBank.Commands.AddQuestion;

/// <summary>Adds a question written by hand (origin Authored, status Proposed) to one of the caller's lessons.</summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record AddQuestionCommand(Guid LessonId, QuestionInput Question) : ICommand<Guid>;

public sealed class AddQuestionCommandValidator : AbstractValidator<AddQuestionCommand>
{
    public AddQuestionCommandValidator()
    {
        RuleFor(c => c.Question).NotNull().SetValidator(new QuestionInputValidator());
    }
}

public sealed class AddQuestionCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<AddQuestionCommand, Guid>
{
    public async ValueTask<Guid> Handle(AddQuestionCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var lesson = await db.Lessons.OwnedBy(userId).FirstOrNotFoundAsync(command.LessonId, cancellationToken);
        var question = Question.Create(lesson.Id, userId, QuestionOrigin.Authored, command.Question.ToContent(source: null), clock.GetUtcNow());
        db.Questions.Add(question);
        await db.SaveChangesAsync(cancellationToken);
        return question.Id;
    }
}
