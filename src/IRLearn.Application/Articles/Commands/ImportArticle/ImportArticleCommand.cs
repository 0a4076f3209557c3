using System.Text;
using FluentValidation.Results;
using IRLearn.Application.Common.Limits;
using IRLearn.Application.Common.Telemetry;
using IRLearn.Domain.Articles;

namespace IRLearn.Application.Articles.Commands.ImportArticle;

/// <summary>
/// Imports one document (an upload, or pasted text wrapped as a .txt file) and generates its lesson
/// and question bank. Pasted text goes through the same reader as uploads, so the same checks
/// (empty, too large, binary, not English) apply to both and give the same messages.
/// </summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record ImportArticleCommand(string FileName, Stream Content, string? Title = null) : ICommand<ImportArticleResult>
{
    public const string PastedFileName = "pasted.txt";

    public static ImportArticleCommand FromText(string? text, string? title) =>
        new(PastedFileName, new MemoryStream(Encoding.UTF8.GetBytes(text ?? string.Empty), writable: false), title);
}

/// <param name="QuestionCount">Questions in the default bank the engine proposes.</param>
/// <param name="MoreCandidateCount">Lower-confidence questions stored below the bank, unreviewed, for the instructor to pull in.</param>
public sealed record ImportArticleResult(
    Guid ArticleId,
    Guid LessonId,
    string Title,
    int QuestionCount,
    int SkippedQuestionCount,
    int RemovedBlockCount,
    int MoreCandidateCount);

public sealed class ImportArticleCommandValidator : AbstractValidator<ImportArticleCommand>
{
    public ImportArticleCommandValidator()
    {
        RuleFor(c => c.FileName).NotEmpty().MaximumLength(Article.MaxSourceLength);
        RuleFor(c => c.Title).MaximumLength(Article.MaxTitleLength);
    }
}

public sealed class ImportArticleCommandHandler(
    IApplicationDbContext db,
    ICurrentUser currentUser,
    IDocumentReader reader,
    ArticleImporter importer,
    ImportSlots slots,
    TimeProvider clock,
    IRLearnTelemetry telemetry) : ICommandHandler<ImportArticleCommand, ImportArticleResult>
{
    public async ValueTask<ImportArticleResult> Handle(ImportArticleCommand command, CancellationToken cancellationToken)
    {
        var ownerId = currentUser.Id;
        // Before any work: one import at a time per account (ADR 15); a second is refused with 429.
        using var slot = slots.Enter(ownerId);
        var read = await reader.ReadAsync(command.Content, command.FileName, cancellationToken);
        if (!read.Succeeded)
        {
            // A bad document is the user's mistake: a 400 with the reader's message, and nothing saved.
            throw new ValidationException([new ValidationFailure(nameof(ImportArticleCommand.Content), read.Error!.Message)]);
        }

        var title = string.IsNullOrWhiteSpace(command.Title) ? read.Title : command.Title.Trim();
        var source = command.FileName == ImportArticleCommand.PastedFileName ? null : Path.GetFileName(command.FileName);
        var imported = telemetry.TimeGeneration(() => importer.Import(ownerId, read.Text!, title, source, clock.GetUtcNow(), read.Removed));

        db.Articles.Add(imported.Article);
        db.Lessons.Add(imported.Lesson);
        db.Questions.AddRange(imported.Questions);
        await db.SaveChangesAsync(cancellationToken);
        telemetry.ArticleImported();

        return new ImportArticleResult(
            imported.Article.Id,
            imported.Lesson.Id,
            imported.Article.Title,
            imported.BankCount,
            imported.SkippedQuestionCount,
            imported.Article.RemovedBlocks.Count,
            imported.MoreCandidateCount);
    }
}
