using IRLearn.Domain.Common;
using IRLearn.Domain.QuestionBank;

namespace IRLearn.Domain.Quizzes;

/// <summary>
/// A quiz built from the approved questions of one or more lessons: a fixed selection
/// (<see cref="Items"/>), questions drawn at random when an attempt starts (<see cref="DrawRules"/>),
/// or both. Attempts copy the questions and versions they show, so editing a published quiz only
/// affects attempts started afterwards.
/// </summary>
public sealed class Quiz : AggregateRoot, IOwned
{
    public const int MaxTitleLength = 300;
    public const int MaxDescriptionLength = 4000;
    public const int MaxQuestionsPerRule = 200;

    // Small collections; EF may store them as JSON.
    private List<Guid> _lessonIds = [];
    private List<QuizItem> _items = [];
    private List<DrawRule> _drawRules = [];

    private Quiz()
    {
    }

    private Quiz(Guid id)
        : base(id)
    {
    }

    public string OwnerId { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public string Description { get; private set; } = string.Empty;

    public QuizStatus Status { get; private set; }

    public IReadOnlyList<Guid> LessonIds => _lessonIds;

    /// <summary>The fixed selection, sorted by <see cref="QuizItem.Order"/> (1..n).</summary>
    public IReadOnlyList<QuizItem> Items => _items;

    public IReadOnlyList<DrawRule> DrawRules => _drawRules;

    public QuizSettings Settings { get; private set; } = QuizSettings.Default;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Quiz Create(string ownerId, string title, string? description, DateTimeOffset now) =>
        new(Guid.CreateVersion7())
        {
            OwnerId = Check.UserId(ownerId),
            Title = ValidTitle(title),
            Description = Check.LimitedText(description, MaxDescriptionLength, "quiz.description_invalid", "The description"),
            Status = QuizStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
        };

    public void Rename(string title, DateTimeOffset now)
    {
        Title = ValidTitle(title);
        UpdatedAt = now;
    }

    public void UpdateDescription(string? description, DateTimeOffset now)
    {
        Description = Check.LimitedText(description, MaxDescriptionLength, "quiz.description_invalid", "The description");
        UpdatedAt = now;
    }

    /// <summary>Adds a lesson whose questions may be drawn. Adding it twice is harmless.</summary>
    public void AddLesson(Guid lessonId, DateTimeOffset now)
    {
        Check.Id(lessonId, "quiz.lesson_required", "The lesson");
        if (!_lessonIds.Contains(lessonId))
        {
            _lessonIds = [.. _lessonIds, lessonId];
            UpdatedAt = now;
        }
    }

    public void RemoveLesson(Guid lessonId, DateTimeOffset now)
    {
        Check.That(
            !_items.Any(i => i.LessonId == lessonId) && !_drawRules.Any(r => r.LessonId == lessonId),
            "quiz.lesson_in_use",
            "Remove the lesson's questions and draw rules from the quiz first.");
        _lessonIds = _lessonIds.Where(id => id != lessonId).ToList();
        UpdatedAt = now;
    }

    /// <summary>
    /// Adds an approved question to the fixed selection, at the end. Its lesson joins the quiz's
    /// lessons. A question appears at most once.
    /// </summary>
    public QuizItem AddQuestion(Question question, decimal points, DateTimeOffset now)
    {
        Check.That(question.ReviewStatus == ReviewStatus.Approved, "quiz.question_not_approved", "Only approved questions can be added to a quiz.");
        Check.That(_items.TrueForAll(i => i.QuestionId != question.Id), "quiz.question_duplicate", "The question is already in the quiz.");
        ValidPoints(points);
        AddLesson(question.LessonId, now);
        var item = new QuizItem(question.Id, question.LessonId, _items.Count + 1, points);
        _items = [.. _items, item];
        UpdatedAt = now;
        return item;
    }

    public void RemoveQuestion(Guid questionId, DateTimeOffset now)
    {
        Check.That(_items.Exists(i => i.QuestionId == questionId), "quiz.question_not_found", "The question is not in the quiz.");
        var remaining = _items.Where(i => i.QuestionId != questionId).ToList();
        EnsureStillPublishable(remaining.Count, _drawRules.Count);
        _items = Renumber(remaining);
        UpdatedAt = now;
    }

    public void ChangePoints(Guid questionId, decimal points, DateTimeOffset now)
    {
        ValidPoints(points);
        var index = _items.FindIndex(i => i.QuestionId == questionId);
        Check.That(index >= 0, "quiz.question_not_found", "The question is not in the quiz.");
        _items = _items.Select((item, i) => i == index ? item with { Points = points } : item).ToList();
        UpdatedAt = now;
    }

    /// <summary>Puts the fixed selection in the given order; the list must name every item exactly once.</summary>
    public void Reorder(IReadOnlyList<Guid> questionIds, DateTimeOffset now)
    {
        var isPermutation = questionIds.Count == _items.Count
            && questionIds.Distinct().Count() == questionIds.Count
            && questionIds.All(id => _items.Exists(i => i.QuestionId == id));
        Check.That(isPermutation, "quiz.reorder_invalid", "The new order must list every question of the quiz exactly once.");
        _items = Renumber(questionIds.Select(id => _items.Single(i => i.QuestionId == id)));
        UpdatedAt = now;
    }

    public DrawRule AddDrawRule(Guid? lessonId, string? tag, Difficulty? difficulty, int count, decimal pointsEach, DateTimeOffset now)
    {
        Check.That(count is >= 1 and <= MaxQuestionsPerRule, "quiz.draw_rule_invalid", $"A draw rule draws between 1 and {MaxQuestionsPerRule} questions.");
        Check.That(difficulty is null || Enum.IsDefined(difficulty.Value), "quiz.draw_rule_invalid", "Unknown difficulty.");
        ValidPoints(pointsEach);
        if (lessonId is { } id)
        {
            AddLesson(id, now);
        }
        else
        {
            Check.That(_lessonIds.Count > 0, "quiz.draw_rule_invalid", "Add a lesson to the quiz before drawing from all its lessons.");
        }

        var rule = new DrawRule(Guid.CreateVersion7(), lessonId, Check.OptionalText(tag, 50, "quiz.draw_rule_invalid", "The tag"), difficulty, count, pointsEach);
        _drawRules = [.. _drawRules, rule];
        UpdatedAt = now;
        return rule;
    }

    public void RemoveDrawRule(Guid ruleId, DateTimeOffset now)
    {
        Check.That(_drawRules.Exists(r => r.Id == ruleId), "quiz.draw_rule_not_found", "The draw rule is not in the quiz.");
        EnsureStillPublishable(_items.Count, _drawRules.Count - 1);
        _drawRules = _drawRules.Where(r => r.Id != ruleId).ToList();
        UpdatedAt = now;
    }

    public void UpdateSettings(QuizSettings settings, DateTimeOffset now)
    {
        Settings = settings;
        UpdatedAt = now;
    }

    /// <summary>Makes the quiz assignable. It needs at least one fixed question or draw rule. Publishing twice is harmless.</summary>
    public void Publish(DateTimeOffset now)
    {
        Check.That(_items.Count > 0 || _drawRules.Count > 0, "quiz.empty", "A quiz needs at least one question or draw rule before it is published.");
        Status = QuizStatus.Published;
        UpdatedAt = now;
    }

    /// <summary>Back to Draft: no new attempts can start; attempts in progress can still be finished.</summary>
    public void Unpublish(DateTimeOffset now)
    {
        Status = QuizStatus.Draft;
        UpdatedAt = now;
    }

    private static string ValidTitle(string title) =>
        Check.RequiredText(title, MaxTitleLength, "quiz.title_invalid", "The title");

    private static void ValidPoints(decimal points) =>
        Check.That(points is > 0 and <= 1000, "quiz.points_invalid", "Points must be greater than 0 and at most 1000.");

    private static List<QuizItem> Renumber(IEnumerable<QuizItem> items) =>
        items.Select((item, index) => item with { Order = index + 1 }).ToList();

    // A published quiz must stay takeable; emptying it requires unpublishing first.
    private void EnsureStillPublishable(int items, int rules) =>
        Check.That(
            Status != QuizStatus.Published || items + rules > 0,
            "quiz.would_be_empty",
            "A published quiz cannot lose its last question; unpublish it first.");
}
