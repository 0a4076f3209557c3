using System.Text;
using IRLearn.Interop;
using IRLearn.Interop.Mapping;

namespace IRLearn.Application.QuestionBank.Queries.ExportQuestions;

/// <summary>
/// Exports questions as GIFT, Moodle XML or a QTI 2.1 / 3.0 package (docs/interop.md): a lesson's bank (its approved
/// questions, or the selected ones of any status) or a quiz (its fixed questions and the approved questions its
/// random draws take from, or a selection of those). Only the caller's own lesson or quiz; someone else's is 404.
/// </summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record ExportQuestionsQuery(InteropFormat Format, Guid? LessonId = null, Guid? QuizId = null, IReadOnlyList<Guid>? QuestionIds = null)
    : IQuery<ExportedQuestionsDto>;

public sealed record ExportedQuestionsDto(string FileName, string ContentType, byte[] Content, int QuestionCount);

public sealed class ExportQuestionsQueryValidator : AbstractValidator<ExportQuestionsQuery>
{
    public ExportQuestionsQueryValidator()
    {
        RuleFor(q => q.Format)
            .Must(f => Enum.IsDefined(f) && f != InteropFormat.Qti12)
            .WithMessage("Export as gift, moodleXml, qti21 or qti30 (QTI 1.2 is read only).");
        RuleFor(q => q)
            .Must(q => q.LessonId is null != q.QuizId is null)
            .WithName("source")
            .WithMessage("Export either a lesson (lessonId) or a quiz (quizId).");
        RuleFor(q => q.QuestionIds!.Count).LessThanOrEqualTo(2000).When(q => q.QuestionIds is not null).WithName("questionIds");
    }
}

public sealed class ExportQuestionsQueryHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ExportQuestionsQuery, ExportedQuestionsDto>
{
    public async ValueTask<ExportedQuestionsDto> Handle(ExportQuestionsQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var (title, questions) = query.LessonId is { } lessonId
            ? await FromLessonAsync(lessonId, userId, query.QuestionIds, cancellationToken)
            : await FromQuizAsync(query.QuizId!.Value, userId, query.QuestionIds, cancellationToken);
        if (questions.Count == 0)
        {
            throw new ConflictException(query.QuestionIds is null
                ? "There are no approved questions to export; approve some, or select the questions to export."
                : "None of the selected questions can be exported.");
        }

        var items = questions
            .Select((q, i) => (DomainMapper.FromContent(q.CurrentVersion.Content, Name(i + 1, q.CurrentVersion.Content.Stem)), "Q" + q.Id.ToString("N")))
            .ToList();
        var file = InteropFileWriter.Write(query.Format, items, FileName(title));
        return new ExportedQuestionsDto(file.FileName, file.ContentType, file.Content, items.Count);
    }

    private async Task<(string Title, List<Question> Questions)> FromLessonAsync(Guid lessonId, string userId, IReadOnlyList<Guid>? selection, CancellationToken cancellationToken)
    {
        var lesson = await db.Lessons.AsNoTracking().OwnedBy(userId).FirstOrNotFoundAsync(lessonId, cancellationToken);
        var bank = await db.Questions.AsNoTracking().OwnedBy(userId).Where(q => q.LessonId == lesson.Id).ToListAsync(cancellationToken);
        return (lesson.Title, Select(bank, selection));
    }

    private async Task<(string Title, List<Question> Questions)> FromQuizAsync(Guid quizId, string userId, IReadOnlyList<Guid>? selection, CancellationToken cancellationToken)
    {
        var quiz = await db.Quizzes.AsNoTracking().OwnedBy(userId).FirstOrNotFoundAsync(quizId, cancellationToken);
        var fixedIds = quiz.Items.OrderBy(i => i.Order).Select(i => i.QuestionId).ToList();
        var candidates = await db.Questions.AsNoTracking()
            .OwnedBy(userId)
            .Where(q => fixedIds.Contains(q.Id) || q.ReviewStatus == ReviewStatus.Approved)
            .ToListAsync(cancellationToken);

        // The quiz's questions: its fixed items, then every approved question one of its draw rules can pick.
        var inQuiz = candidates
            .Where(q => fixedIds.Contains(q.Id) || quiz.DrawRules.Any(r =>
                (r.LessonId is not null || quiz.LessonIds.Contains(q.LessonId)) && r.Matches(q.LessonId, q.CurrentVersion.Content.Tags, q.CurrentVersion.Content.Difficulty)))
            .OrderBy(q => fixedIds.IndexOf(q.Id) is var at && at >= 0 ? at : int.MaxValue)
            .ThenBy(q => q.CreatedAt)
            .ToList();
        return (quiz.Title, selection is null ? inQuiz : Select(inQuiz, selection));
    }

    /// <summary>Without a selection the approved questions; with one exactly those, each of which must be there (else 404).</summary>
    private static List<Question> Select(List<Question> questions, IReadOnlyList<Guid>? selection)
    {
        if (selection is null)
        {
            return [.. questions.Where(q => q.ReviewStatus == ReviewStatus.Approved).OrderBy(q => q.CreatedAt)];
        }

        var byId = questions.ToDictionary(q => q.Id);
        var missing = selection.FirstOrDefault(id => !byId.ContainsKey(id));
        if (missing != Guid.Empty)
        {
            throw new NotFoundException(nameof(Question), missing);
        }

        return [.. selection.Distinct().Select(id => byId[id])];
    }

    private static string Name(int number, string stem)
    {
        var words = stem.Length <= 60 ? stem : stem[..57] + "...";
        return $"Q{number} {words}";
    }

    /// <summary>The title as a safe file name: letters, digits and dashes only.</summary>
    internal static string FileName(string title)
    {
        var name = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormKD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                name.Append(char.ToLowerInvariant(c));
            }
            else if ((char.IsWhiteSpace(c) || c is '-' or '_' or '.') && name.Length > 0 && name[^1] != '-')
            {
                name.Append('-');
            }
        }

        var result = name.ToString().Trim('-');
        return result.Length == 0 ? "questions" : result[..Math.Min(result.Length, 60)];
    }
}
