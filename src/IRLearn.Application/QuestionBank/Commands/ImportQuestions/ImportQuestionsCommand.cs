using IRLearn.Application.Common.Limits;
using IRLearn.Interop;
using IRLearn.Interop.Mapping;

namespace IRLearn.Application.QuestionBank.Commands.ImportQuestions;

/// <summary>
/// Imports question files (GIFT, Moodle XML, QTI 2.1 / 3.0 packages or items, QTI 1.2 / Canvas) into one of the
/// caller's lessons, as authored questions awaiting review. Each file gets its report: questions imported by type
/// (with what each lost), questions skipped with the reason, file-level warnings. A file that cannot be read as a
/// whole creates nothing and says why; the others are imported.
/// </summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record ImportQuestionsCommand(Guid LessonId, IReadOnlyList<ImportFile> Files) : ICommand<ImportReportDto>;

public sealed record ImportFile(string FileName, byte[] Content);

public sealed record ImportReportDto(Guid LessonId, int Imported, int Skipped, IReadOnlyList<ImportFileReportDto> Files);

public sealed record ImportFileReportDto(
    string FileName,
    string? Format,
    string? Error,
    IReadOnlyDictionary<QuestionType, int> ImportedByType,
    IReadOnlyList<ImportedQuestionDto> Imported,
    IReadOnlyList<SkippedQuestionDto> Skipped,
    IReadOnlyList<string> Warnings);

public sealed record ImportedQuestionDto(Guid Id, string Name, QuestionType Type, IReadOnlyList<string> Warnings);

public sealed record SkippedQuestionDto(string Name, string Reason);

public sealed class ImportQuestionsCommandValidator : AbstractValidator<ImportQuestionsCommand>
{
    public const int MaxFiles = 10;

    public ImportQuestionsCommandValidator()
    {
        RuleFor(c => c.Files).NotEmpty().WithMessage("Choose at least one file to import.");
        RuleFor(c => c.Files.Count).LessThanOrEqualTo(MaxFiles).WithName("files").WithMessage($"Import at most {MaxFiles} files at once.").When(c => c.Files is not null);
        RuleForEach(c => c.Files).ChildRules(file =>
        {
            file.RuleFor(f => f.Content).NotEmpty().WithMessage("The file is empty.");
            file.RuleFor(f => f.Content.Length)
                .LessThanOrEqualTo(InteropLimits.MaxFileBytes)
                .WithName("content")
                .WithMessage($"The file is larger than {InteropLimits.MaxFileBytes / (1024 * 1024)} MB, the most IRLearn imports.")
                .When(f => f.Content is not null);
        });
    }
}

public sealed class ImportQuestionsCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, ImportSlots slots, TimeProvider clock)
    : ICommandHandler<ImportQuestionsCommand, ImportReportDto>
{
    public async ValueTask<ImportReportDto> Handle(ImportQuestionsCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var lesson = await db.Lessons.AsNoTracking().OwnedBy(userId).FirstOrNotFoundAsync(command.LessonId, cancellationToken);
        // Before the files are parsed: one import at a time per account, articles and question files alike (ADR 15).
        using var slot = slots.Enter(userId);
        var articleText = lesson.ArticleId is { } articleId
            ? await db.Articles.Where(a => a.Id == articleId).Select(a => a.CleanedText).FirstOrDefaultAsync(cancellationToken)
            : null;
        var now = clock.GetUtcNow();
        var reports = new List<ImportFileReportDto>();
        foreach (var file in command.Files)
        {
            reports.Add(ImportFile(file, lesson.Id, userId, articleText, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ImportReportDto(lesson.Id, reports.Sum(r => r.Imported.Count), reports.Sum(r => r.Skipped.Count), reports);
    }

    private ImportFileReportDto ImportFile(ImportFile file, Guid lessonId, string userId, string? articleText, DateTimeOffset now)
    {
        var name = Path.GetFileName(file.FileName ?? string.Empty);
        InteropReadResult read;
        try
        {
            read = InteropFileReader.Read(name, file.Content);
        }
        catch (InteropFileException ex)
        {
            return new ImportFileReportDto(name, null, ex.Message, new Dictionary<QuestionType, int>(), [], [], []);
        }

        var (mapped, notMapped) = DomainMapper.ToContents(read.Questions, articleText);
        var imported = new List<ImportedQuestionDto>();
        foreach (var question in mapped)
        {
            var created = Question.Create(lessonId, userId, QuestionOrigin.Authored, question.Content, now);
            db.Questions.Add(created);
            imported.Add(new ImportedQuestionDto(created.Id, question.Name, question.Content.Type, question.Warnings));
        }

        return new ImportFileReportDto(
            name,
            FormatName(read.Format),
            null,
            imported.GroupBy(q => q.Type).ToDictionary(g => g.Key, g => g.Count()),
            imported,
            [.. read.Skipped.Concat(notMapped).Select(s => new SkippedQuestionDto(s.Name, s.Reason))],
            read.Warnings);
    }

    private static string FormatName(InteropFormat format) => format switch
    {
        InteropFormat.Gift => "GIFT",
        InteropFormat.MoodleXml => "Moodle XML",
        InteropFormat.Qti21 => "QTI 2.1",
        InteropFormat.Qti30 => "QTI 3.0",
        _ => "QTI 1.2",
    };
}
