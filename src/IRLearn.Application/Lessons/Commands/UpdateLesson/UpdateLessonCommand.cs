namespace IRLearn.Application.Lessons.Commands.UpdateLesson;

/// <summary>Saves the whole lesson editor at once: title, summary, sections, key terms, objectives and tags.</summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record UpdateLessonCommand(
    Guid Id,
    string Title,
    string? Summary,
    IReadOnlyList<LessonSection> Sections,
    IReadOnlyList<KeyTerm> KeyTerms,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<string> Tags) : ICommand;

public sealed class UpdateLessonCommandValidator : AbstractValidator<UpdateLessonCommand>
{
    public UpdateLessonCommandValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(Lesson.MaxTitleLength);
        RuleFor(c => c.Summary).MaximumLength(Lesson.MaxSummaryLength);
        RuleFor(c => c.Sections).Cascade(CascadeMode.Stop).NotNull().Must(s => s.Count <= Lesson.MaxSections)
            .WithMessage($"A lesson has at most {Lesson.MaxSections} sections.");
        RuleFor(c => c.KeyTerms).Cascade(CascadeMode.Stop).NotNull().Must(k => k.Count <= Lesson.MaxKeyTerms)
            .WithMessage($"A lesson has at most {Lesson.MaxKeyTerms} key terms.");
        RuleFor(c => c.Objectives).NotNull();
        RuleFor(c => c.Tags).NotNull();
    }
}

public sealed class UpdateLessonCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<UpdateLessonCommand>
{
    public async ValueTask<Unit> Handle(UpdateLessonCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var lesson = await db.Lessons.OwnedBy(userId).FirstOrNotFoundAsync(command.Id, cancellationToken);
        var now = clock.GetUtcNow();

        // Every setter validates; the first rule broken throws before SaveChanges, so nothing is half-saved.
        lesson.Rename(command.Title, now);
        lesson.UpdateSummary(command.Summary, now);
        lesson.SetSections(command.Sections.Where(s => !string.IsNullOrWhiteSpace(s.Heading) || !string.IsNullOrWhiteSpace(s.Text)), now);
        lesson.SetKeyTerms(command.KeyTerms.Where(k => !string.IsNullOrWhiteSpace(k.Term) || !string.IsNullOrWhiteSpace(k.Expansion)), now);
        lesson.SetObjectives(command.Objectives, now);
        lesson.SetTags(command.Tags, now);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
