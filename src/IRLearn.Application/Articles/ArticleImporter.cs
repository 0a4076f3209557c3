using System.Text.RegularExpressions;
using FluentValidation.Results;
using IRLearn.Domain.Articles;
using IRLearn.Domain.Common;
using IRLearn.QuestionGeneration;

namespace IRLearn.Application.Articles;

/// <summary>
/// What one import creates: the article, its draft lesson and its proposed questions, the default bank and the more
/// candidates (both unreviewed; <see cref="Question.Tier"/> tells them apart).
/// </summary>
public sealed record ImportedArticle(Article Article, Lesson Lesson, IReadOnlyList<Question> Questions, int SkippedQuestionCount)
{
    public int BankCount => Questions.Count(q => q.Tier == QuestionTier.Bank);

    public int MoreCandidateCount => Questions.Count(q => q.Tier == QuestionTier.MoreCandidate);
}

/// <summary>
/// Runs the generator and maps its output into domain entities, field by field (no reflection
/// mapping, so a renamed field is a compile error). The engine is still being tuned, so a generated
/// question or lesson part that breaks a domain rule is dropped and counted instead of failing the
/// whole import: the instructor keeps the article and everything that was valid.
/// </summary>
public sealed class ArticleImporter(IArticleGenerator generator)
{
    public const string UntitledArticle = "Untitled article";

    // The lesson's own limits for one key term (Lesson.SetKeyTerms).
    private const int MaxKeyTermLength = 200;
    private const int MaxExpansionLength = 1000;

    /// <param name="removedByReader">What the document reader already left out as page furniture; listed first.</param>
    public ImportedArticle Import(string ownerId, string text, string? title, string? source, DateTimeOffset now, IReadOnlyList<string>? removedByReader = null)
    {
        GenerationResult generated;
        try
        {
            generated = generator.Generate(text, string.IsNullOrWhiteSpace(title) ? null : title);
        }
        catch (RegexMatchTimeoutException)
        {
            // The engine's patterns run under a match timeout (QuestionGeneration.RegexTimeout); text that
            // exhausts it is the upload's doing, so it is a 400 like any other unreadable document.
            throw new ValidationException([new ValidationFailure("Content", "The document is too large or too complex to process: its text takes too long to analyse. Nothing was imported.")]);
        }

        var articleTitle = Shorten(FirstNonBlank(title, generated.Title) ?? UntitledArticle, Article.MaxTitleLength);
        var removed = (removedByReader ?? []).Concat(generated.Removed);
        var article = Article.Import(ownerId, articleTitle, byline: null, source, text, generated.CleanedText, removed, now);
        var lesson = MapLesson(ownerId, article, generated.Lesson, now);

        var questions = new List<Question>();
        var skipped = 0;
        var drafts = generated.Questions.Select(q => (Draft: q, Tier: QuestionTier.Bank))
            .Concat(generated.MoreCandidates.Select(q => (Draft: q, Tier: QuestionTier.MoreCandidate)));
        foreach (var (draft, tier) in drafts)
        {
            if (TryMapQuestion(lesson.Id, ownerId, draft, tier, now) is { } question)
            {
                questions.Add(question);
            }
            else
            {
                skipped++;
            }
        }

        return new ImportedArticle(article, lesson, questions, skipped);
    }

    public static QuestionType MapType(GeneratedQuestionType type) => type switch
    {
        GeneratedQuestionType.MultipleChoice => QuestionType.MultipleChoice,
        GeneratedQuestionType.MultipleResponse => QuestionType.MultipleResponse,
        GeneratedQuestionType.TrueFalse => QuestionType.TrueFalse,
        GeneratedQuestionType.FillInBlank => QuestionType.FillInBlank,
        GeneratedQuestionType.Numeric => QuestionType.Numeric,
        GeneratedQuestionType.ShortAnswer => QuestionType.ShortAnswer,
        GeneratedQuestionType.Matching => QuestionType.Matching,
        _ => throw new DomainException("question.type_invalid", $"Unknown generated question type {type}."),
    };

    public static Difficulty MapDifficulty(GeneratedDifficulty difficulty) => difficulty switch
    {
        GeneratedDifficulty.Easy => Difficulty.Easy,
        GeneratedDifficulty.Hard => Difficulty.Hard,
        _ => Difficulty.Medium,
    };

    private static Lesson MapLesson(string ownerId, Article article, LessonDraft draft, DateTimeOffset now)
    {
        var lesson = Lesson.Create(ownerId, article.Id, article.Title, Shorten(draft.Summary, Lesson.MaxSummaryLength), now);

        // Each part is optional: a part the domain refuses leaves the lesson without it, for the instructor to fill in.
        TryApply(() => lesson.SetSections(
            draft.Sections
                .Where(s => !string.IsNullOrWhiteSpace(s.Text))
                .Take(Lesson.MaxSections)
                .Select(s => new LessonSection(Shorten(s.Heading, Lesson.MaxHeadingLength), Shorten(s.Text, Lesson.MaxSectionTextLength))),
            now));
        TryApply(() => lesson.SetKeyTerms(
            draft.KeyTerms
                // A term without an expansion would make the lesson refuse the whole list; drop just that term.
                .Where(k => !string.IsNullOrWhiteSpace(k.Term) && !string.IsNullOrWhiteSpace(k.Expansion))
                .Where(k => k.Term.Trim().Length <= MaxKeyTermLength && k.Expansion.Trim().Length <= MaxExpansionLength)
                .DistinctBy(k => k.Term.Trim(), StringComparer.OrdinalIgnoreCase)
                .Take(Lesson.MaxKeyTerms)
                .Select(k => new KeyTerm(k.Term, k.Expansion)),
            now));
        TryApply(() => lesson.SetObjectives(draft.Objectives.Take(Lesson.MaxObjectives), now));
        TryApply(() => lesson.SetTags(draft.Tags.Take(30), now));
        return lesson;
    }

    private static Question? TryMapQuestion(Guid lessonId, string ownerId, GeneratedQuestion draft, QuestionTier tier, DateTimeOffset now)
    {
        try
        {
            var content = QuestionContent.Create(
                MapType(draft.Type),
                draft.Stem,
                options: draft.Options?.Select(o => new QuestionOption(o.Text, o.IsCorrect)),
                acceptedAnswers: draft.AcceptedAnswers,
                numericAnswer: draft.NumericAnswer is { } n ? new NumericAnswer(n.Value, n.Tolerance) : null,
                pairs: draft.Pairs?.Select(p => new MatchPair(p.Left, p.Right)),
                explanation: draft.Explanation,
                source: new SourceReference(draft.Source.Sentence, draft.Source.Start, draft.Source.Length),
                difficulty: MapDifficulty(draft.Difficulty),
                tags: draft.Tags);
            return Question.Generate(lessonId, ownerId, content, tier, draft.Confidence, now);
        }
        catch (DomainException)
        {
            return null;
        }
    }

    private static void TryApply(Action apply)
    {
        try
        {
            apply();
        }
        catch (DomainException)
        {
            // Left empty on purpose: see MapLesson.
        }
    }

    private static string? FirstNonBlank(params string?[] values) =>
        values.Select(v => v?.Trim()).FirstOrDefault(v => !string.IsNullOrEmpty(v));

    private static string Shorten(string? text, int max)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        return trimmed.Length <= max ? trimmed : trimmed[..(max - 1)].TrimEnd() + "…";
    }
}
