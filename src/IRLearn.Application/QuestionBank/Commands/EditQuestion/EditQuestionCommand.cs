namespace IRLearn.Application.QuestionBank.Commands.EditQuestion;

/// <summary>
/// Changes a question's content. The source sentence is kept from the current version (it is a
/// fact about the article, not something to edit). Editing an approved question appends a new
/// version, so attempts keep pointing at the version they showed.
/// </summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record EditQuestionCommand(Guid Id, QuestionInput Question) : ICommand<int>;

public sealed class EditQuestionCommandValidator : AbstractValidator<EditQuestionCommand>
{
    public EditQuestionCommandValidator()
    {
        RuleFor(c => c.Question).NotNull().SetValidator(new QuestionInputValidator());
    }
}

public sealed class EditQuestionCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<EditQuestionCommand, int>
{
    public async ValueTask<int> Handle(EditQuestionCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var question = await db.Questions.OwnedBy(userId).FirstOrNotFoundAsync(command.Id, cancellationToken);
        var content = command.Question.ToContent(question.CurrentVersion.Content.Source);
        if (await LatestAsync(question.Id, cancellationToken) is { } stored && stored.Content.Equals(content))
        {
            // The same save from another tab committed while this one loaded the question (its row still named the old
            // version): the instructor already has this content, and appending it again would make a twin version.
            return stored.Number;
        }

        var version = question.Edit(content, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DuplicateException)
        {
            // Saved twice at the same instant (a double click, two tabs): each request appended the next version of an
            // approved question, and the unique (question, number) index kept the other's. If it holds this very
            // content, the instructor has what they asked for; different edits need a look before one replaces the other.
            var latest = await LatestAsync(question.Id, cancellationToken);
            return latest is not null && latest.Content.Equals(content)
                ? latest.Number
                : throw new ConflictException("This question was saved from another tab at the same moment with other changes. Reload it to see that version, then edit again.");
        }

        return version.Number;
    }

    private Task<QuestionVersion?> LatestAsync(Guid questionId, CancellationToken cancellationToken) =>
        db.QuestionVersions.AsNoTracking()
            .Where(v => v.QuestionId == questionId)
            .OrderByDescending(v => v.Number)
            .FirstOrDefaultAsync(cancellationToken);
}
