using IRLearn.Domain.Common;

namespace IRLearn.Domain.Lessons;

/// <summary>
/// A lesson generated from an article (or written by hand) and then edited by its instructor.
/// Students only see published lessons; archived lessons are kept because quizzes and progress
/// still refer to them.
/// </summary>
public sealed class Lesson : AggregateRoot, IOwned
{
    public const int MaxTitleLength = 300;
    public const int MaxSummaryLength = 4000;
    public const int MaxHeadingLength = 300;
    public const int MaxSectionTextLength = 50_000;
    public const int MaxSections = 100;
    public const int MaxKeyTerms = 100;
    public const int MaxObjectives = 30;

    // Small value collections; EF stores them as JSON.
    private List<LessonSection> _sections = [];
    private List<KeyTerm> _keyTerms = [];
    private List<string> _objectives = [];
    private List<string> _tags = [];

    private Lesson()
    {
    }

    private Lesson(Guid id)
        : base(id)
    {
    }

    public string OwnerId { get; private set; } = string.Empty;

    /// <summary>The article it was generated from; null for a lesson written by hand.</summary>
    public Guid? ArticleId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string Summary { get; private set; } = string.Empty;

    public IReadOnlyList<LessonSection> Sections => _sections;

    public IReadOnlyList<KeyTerm> KeyTerms => _keyTerms;

    public IReadOnlyList<string> Objectives => _objectives;

    public IReadOnlyList<string> Tags => _tags;

    public LessonStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Lesson Create(string ownerId, Guid? articleId, string title, string? summary, DateTimeOffset now) =>
        new(Guid.CreateVersion7())
        {
            OwnerId = Check.UserId(ownerId),
            ArticleId = articleId,
            Title = ValidTitle(title),
            Summary = ValidSummary(summary),
            Status = LessonStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
        };

    public void Rename(string title, DateTimeOffset now)
    {
        Title = ValidTitle(title);
        UpdatedAt = now;
    }

    public void UpdateSummary(string? summary, DateTimeOffset now)
    {
        Summary = ValidSummary(summary);
        UpdatedAt = now;
    }

    /// <summary>Replaces the sections; their order is the reading order. A section needs text; a heading may be blank.</summary>
    public void SetSections(IEnumerable<LessonSection> sections, DateTimeOffset now)
    {
        var cleaned = sections
            .Select(s => new LessonSection(
                Check.LimitedText(s.Heading, MaxHeadingLength, "lesson.section_invalid", "A section heading"),
                Check.RequiredText(s.Text, MaxSectionTextLength, "lesson.section_invalid", "A section's text")))
            .ToList();
        Check.That(cleaned.Count <= MaxSections, "lesson.section_invalid", $"A lesson has at most {MaxSections} sections.");
        Check.That(
            Status != LessonStatus.Published || cleaned.Count > 0,
            "lesson.sections_required",
            "A published lesson needs at least one section.");
        _sections = cleaned;
        UpdatedAt = now;
    }

    /// <summary>Replaces the key terms; a term appears once (compared case-insensitively).</summary>
    public void SetKeyTerms(IEnumerable<KeyTerm> keyTerms, DateTimeOffset now)
    {
        var cleaned = new List<KeyTerm>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var keyTerm in keyTerms)
        {
            var term = Check.RequiredText(keyTerm.Term, 200, "lesson.key_term_invalid", "A key term");
            var expansion = Check.RequiredText(keyTerm.Expansion, 1000, "lesson.key_term_invalid", "A key term's expansion");
            Check.That(seen.Add(term), "lesson.key_term_duplicate", $"The key term '{term}' is listed twice.");
            cleaned.Add(new KeyTerm(term, expansion));
        }

        Check.That(cleaned.Count <= MaxKeyTerms, "lesson.key_term_invalid", $"A lesson has at most {MaxKeyTerms} key terms.");
        _keyTerms = cleaned;
        UpdatedAt = now;
    }

    public void SetObjectives(IEnumerable<string> objectives, DateTimeOffset now)
    {
        _objectives = TextList.Normalise(objectives, MaxObjectives, 500, "lesson.objective_invalid", "objective");
        UpdatedAt = now;
    }

    public void SetTags(IEnumerable<string> tags, DateTimeOffset now)
    {
        _tags = TextList.Tags(tags, "lesson.tag_invalid");
        UpdatedAt = now;
    }

    /// <summary>Makes the lesson visible to students. An archived lesson must be restored (unpublished) first.</summary>
    public void Publish(DateTimeOffset now)
    {
        Check.That(Status != LessonStatus.Archived, "lesson.archived", "An archived lesson cannot be published; restore it first.");
        Check.That(_sections.Count > 0, "lesson.sections_required", "A lesson needs at least one section before it is published.");
        Status = LessonStatus.Published;
        UpdatedAt = now;
    }

    /// <summary>Back to Draft, from Published or Archived (restoring an archived lesson).</summary>
    public void Unpublish(DateTimeOffset now)
    {
        Status = LessonStatus.Draft;
        UpdatedAt = now;
    }

    public void Archive(DateTimeOffset now)
    {
        Status = LessonStatus.Archived;
        UpdatedAt = now;
    }

    private static string ValidTitle(string title) =>
        Check.RequiredText(title, MaxTitleLength, "lesson.title_invalid", "The title");

    private static string ValidSummary(string? summary) =>
        Check.LimitedText(summary, MaxSummaryLength, "lesson.summary_invalid", "The summary");
}
