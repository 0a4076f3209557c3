namespace IRLearn.Application.Quizzes.Commands.AddQuizQuestions;

/// <summary>Adds approved questions of the caller's lessons to the quiz's fixed selection, in the order given.</summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record AddQuizQuestionsCommand(Guid QuizId, IReadOnlyList<Guid> QuestionIds, decimal Points = 1) : ICommand<int>;

public sealed class AddQuizQuestionsCommandValidator : AbstractValidator<AddQuizQuestionsCommand>
{
    public AddQuizQuestionsCommandValidator()
    {
        RuleFor(c => c.QuestionIds).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Choose at least one question.")
            .Must(ids => ids.Count <= 500).WithMessage("Add at most 500 questions at once.");
        RuleFor(c => c.Points).GreaterThan(0).LessThanOrEqualTo(1000);
    }
}

public sealed class AddQuizQuestionsCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<AddQuizQuestionsCommand, int>
{
    public async ValueTask<int> Handle(AddQuizQuestionsCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var quiz = await db.Quizzes.OwnedBy(userId).FirstOrNotFoundAsync(command.QuizId, cancellationToken);
        var ids = command.QuestionIds.Distinct().ToList();
        var questions = await db.Questions
            .OwnedBy(userId).Where(q => ids.Contains(q.Id))
            .ToListAsync(cancellationToken);
        if (questions.Count != ids.Count)
        {
            throw new NotFoundException(nameof(Question), ids.First(id => questions.TrueForAll(q => q.Id != id)));
        }

        var now = clock.GetUtcNow();
        var added = 0;
        foreach (var question in ids.Select(id => questions.Single(q => q.Id == id)))
        {
            // Choosing a question that is already in the quiz again is not an error in a checkbox list.
            if (quiz.Items.Any(i => i.QuestionId == question.Id))
            {
                continue;
            }

            quiz.AddQuestion(question, command.Points, now);
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}
