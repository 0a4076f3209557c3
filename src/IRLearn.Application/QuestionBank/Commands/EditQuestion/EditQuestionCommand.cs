using FluentValidation;
using IRLearn.Application.Common.Access;
using IRLearn.Application.Common.Interfaces;
using IRLearn.Application.Common.Security;
using IRLearn.Domain.QuestionBank;
using Mediator;

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
        RuleFor(c => c.Question).NotNull();
        RuleFor(c => c.Question.Stem).NotEmpty().MaximumLength(QuestionContent.MaxStemLength).When(c => c.Question is not null);
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
        var version = question.Edit(content, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return version.Number;
    }
}
