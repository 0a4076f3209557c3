using IRLearn.Domain.Common;

namespace IRLearn.Domain.QuestionBank;

/// <summary>
/// A question in a lesson's bank, with its review status and its versions. Versions are numbered
/// 1..n; <see cref="CurrentVersion"/> is the one new quizzes use. Load <see cref="Versions"/>
/// (EF Include) before calling methods that need the current version.
/// </summary>
public sealed class Question : AggregateRoot, IOwned
{
    private readonly List<QuestionVersion> _versions = [];

    private Question()
    {
    }

    private Question(Guid id)
        : base(id)
    {
    }

    public Guid LessonId { get; private set; }

    public string OwnerId { get; private set; } = string.Empty;

    public QuestionOrigin Origin { get; private set; }

    public ReviewStatus ReviewStatus { get; private set; }

    /// <summary>The default bank, or a more candidate that waits until an instructor approves it.</summary>
    public QuestionTier Tier { get; private set; }

    /// <summary>The engine's estimate (0–1) that a strict reviewer accepts the question as it stands; null unless generated.</summary>
    public double? Confidence { get; private set; }

    public Guid CurrentVersionId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<QuestionVersion> Versions => _versions;

    public QuestionVersion CurrentVersion =>
        _versions.Find(v => v.Id == CurrentVersionId)
        ?? throw new InvalidOperationException("The question's versions are not loaded.");

    public static Question Create(Guid lessonId, string ownerId, QuestionOrigin origin, QuestionContent content, DateTimeOffset now)
    {
        Check.That(Enum.IsDefined(origin), "question.origin_invalid", "Unknown question origin.");
        EnsureSourceFor(origin, content);
        var question = new Question(Guid.CreateVersion7())
        {
            LessonId = Check.Id(lessonId, "question.lesson_required", "The lesson"),
            OwnerId = Check.UserId(ownerId),
            Origin = origin,
            ReviewStatus = ReviewStatus.Proposed,
            CreatedAt = now,
            UpdatedAt = now,
        };
        question.AppendVersion(content, now);
        return question;
    }

    /// <summary>
    /// A question the engine generated, in the tier it chose and with its confidence. Both tiers start unreviewed
    /// (Proposed): the default bank is what the instructor reviews first, the more candidates wait below it.
    /// </summary>
    public static Question Generate(Guid lessonId, string ownerId, QuestionContent content, QuestionTier tier, double confidence, DateTimeOffset now)
    {
        Check.That(Enum.IsDefined(tier), "question.tier_invalid", "Unknown question tier.");
        Check.That(
            double.IsFinite(confidence) && confidence is >= 0 and <= 1,
            "question.confidence_invalid",
            "A generated question's confidence lies between 0 and 1.");
        var question = Create(lessonId, ownerId, QuestionOrigin.Generated, content, now);
        question.Tier = tier;
        question.Confidence = confidence;
        return question;
    }

    /// <summary>
    /// Changes the content. Once a question has been approved, attempts may point at its current
    /// version, so the edit appends a new version (and raises <see cref="QuestionVersionCreated"/>).
    /// A proposed or rejected question has never been in a quiz, so its current version is replaced
    /// in place; editing a rejected question sends it back for review (Proposed).
    /// An edit that changes nothing is ignored.
    /// </summary>
    /// <returns>The current version after the edit.</returns>
    public QuestionVersion Edit(QuestionContent content, DateTimeOffset now)
    {
        EnsureSourceFor(Origin, content);
        var current = CurrentVersion;
        if (current.Content.Equals(content))
        {
            return current;
        }

        UpdatedAt = now;
        if (ReviewStatus is ReviewStatus.Approved or ReviewStatus.Retired)
        {
            return AppendVersion(content, now);
        }

        current.ReplaceContent(content);
        ReviewStatus = ReviewStatus.Proposed;
        return current;
    }

    /// <summary>
    /// Approves a proposed or rejected question, or reinstates a retired one. Approving twice is harmless.
    /// Approving a more candidate pulls it into the bank: from then on it is a bank question like any other.
    /// </summary>
    public void Approve()
    {
        ReviewStatus = ReviewStatus.Approved;
        Tier = QuestionTier.Bank;
    }

    /// <summary>
    /// Rejects a proposed question. An approved question may already have been answered in
    /// attempts, so it is retired instead of rejected.
    /// </summary>
    public void Reject()
    {
        Check.That(
            ReviewStatus is ReviewStatus.Proposed or ReviewStatus.Rejected,
            "question.reject_not_allowed",
            "Only a proposed question can be rejected; retire an approved question instead.");
        ReviewStatus = ReviewStatus.Rejected;
    }

    /// <summary>Takes an approved question out of use for new quizzes; attempts that used it keep their version.</summary>
    public void Retire()
    {
        Check.That(
            ReviewStatus is ReviewStatus.Approved or ReviewStatus.Retired,
            "question.retire_not_allowed",
            "Only an approved question can be retired; reject a proposed question instead.");
        ReviewStatus = ReviewStatus.Retired;
    }

    private static void EnsureSourceFor(QuestionOrigin origin, QuestionContent content) =>
        Check.That(
            origin != QuestionOrigin.Generated || content.Source is not null,
            "question.source_required",
            "A generated question must cite its source sentence.");

    private QuestionVersion AppendVersion(QuestionContent content, DateTimeOffset now)
    {
        var number = _versions.Count == 0 ? 1 : _versions.Max(v => v.Number) + 1;
        var version = QuestionVersion.Create(Id, number, content, now);
        _versions.Add(version);
        CurrentVersionId = version.Id;
        Raise(new QuestionVersionCreated(Id, version.Id, number, now));
        return version;
    }
}
