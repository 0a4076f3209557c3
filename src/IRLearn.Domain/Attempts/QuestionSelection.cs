using IRLearn.Domain.Common;
using IRLearn.Domain.QuestionBank;
using IRLearn.Domain.Quizzes;

namespace IRLearn.Domain.Attempts;

/// <summary>
/// Chooses the questions for a new attempt: the quiz's fixed items, then for each draw rule the
/// requested number of questions at random from the matching approved questions that are not
/// already chosen. Every question is shown in its current version.
/// <para>
/// At most one question per source sentence goes into an attempt (<see cref="SourceTwins"/>): twins give
/// each other away. Of fixed twins the earlier item is kept and the later left out (the quiz builder
/// says so); a draw skips the twins of everything already chosen, so a rule needs as many different
/// sentences as it draws questions.
/// </para>
/// </summary>
public static class QuestionSelection
{
    /// <param name="bank">
    /// The questions of the quiz's lessons (with versions loaded). Fixed items whose question is
    /// missing or no longer approved (retired since the quiz was built) are left out, so a retired
    /// question never reaches a new attempt.
    /// </param>
    /// <param name="nextInt">Random source returning a number in [0, max); defaults to <see cref="Random.Shared"/>.</param>
    public static IReadOnlyList<AttemptQuestion> For(Quiz quiz, IEnumerable<Question> bank, Func<int, int>? nextInt = null) =>
        Select(quiz, bank, nextInt, refuseShortRules: true);

    /// <summary>
    /// A sample for the instructor's preview, by the same rules as an attempt (twins included), except that a draw
    /// rule with too few different sentences draws what it can instead of refusing: the preview shows the quiz, and
    /// the builder's draw-rule table says why an attempt would not start.
    /// </summary>
    public static IReadOnlyList<AttemptQuestion> Sample(Quiz quiz, IEnumerable<Question> bank, Func<int, int>? nextInt = null) =>
        Select(quiz, bank, nextInt, refuseShortRules: false);

    private static List<AttemptQuestion> Select(Quiz quiz, IEnumerable<Question> bank, Func<int, int>? nextInt, bool refuseShortRules)
    {
        nextInt ??= Random.Shared.Next;
        var approved = Approved(quiz, bank);
        var sentenceOf = approved.Values.ToDictionary(q => q.Id, q => SourceTwins.KeyOf(q.CurrentVersion.Content));
        string? SentenceOf(Question q) => sentenceOf[q.Id];

        var chosen = new List<AttemptQuestion>();
        var used = new HashSet<Guid>();
        var sentences = new HashSet<string>(StringComparer.Ordinal);
        bool IsFree(Question q) => !used.Contains(q.Id) && (SentenceOf(q) is not { } key || !sentences.Contains(key));
        void Take(Question q, decimal points)
        {
            used.Add(q.Id);
            if (SentenceOf(q) is { } key)
            {
                sentences.Add(key);
            }

            chosen.Add(new AttemptQuestion(q.CurrentVersion, points));
        }

        foreach (var item in FixedItemsShown(quiz, approved))
        {
            Take(approved[item.QuestionId], item.Points);
        }

        foreach (var rule in quiz.DrawRules)
        {
            var candidates = approved.Values
                .Where(IsFree)
                .Where(q => rule.Matches(q.LessonId, q.CurrentVersion.Content.Tags, q.CurrentVersion.Content.Difficulty))
                .OrderBy(q => q.Id)
                .ToList();
            var distinct = candidates.Count(q => SentenceOf(q) is null) + candidates.Select(SentenceOf).OfType<string>().Distinct(StringComparer.Ordinal).Count();
            Check.That(
                distinct >= rule.Count || !refuseShortRules,
                "quiz.not_enough_questions",
                distinct == candidates.Count
                    ? $"A draw rule asks for {rule.Count} questions but only {candidates.Count} approved questions match it."
                    : $"A draw rule asks for {rule.Count} questions but the {candidates.Count} approved questions that match it come from only {distinct} different source sentences, and questions from one sentence give each other away.");

            // Partial Fisher–Yates: the first Count positions become a random sample. A pick's twins
            // leave the rest of the pool, so a sentence with two questions is twice as likely to be
            // drawn as one with a single question, but never drawn twice.
            for (var i = 0; i < Math.Min(rule.Count, distinct); i++)
            {
                var j = i + nextInt(candidates.Count - i);
                (candidates[i], candidates[j]) = (candidates[j], candidates[i]);
                var pick = candidates[i];
                Take(pick, rule.PointsEach);
                if (SentenceOf(pick) is { } key)
                {
                    candidates.RemoveAll(q => q != pick && SentenceOf(q) == key);
                }
            }
        }

        return chosen;
    }

    /// <summary>
    /// The fixed items every attempt shows, in quiz order: approved, and not a later twin of an earlier item. What the
    /// quiz builder and the preview count, so the total they advertise is what an attempt is out of.
    /// </summary>
    public static IReadOnlyList<QuizItem> FixedItemsShown(Quiz quiz, IEnumerable<Question> bank) =>
        FixedItemsShown(quiz, Approved(quiz, bank));

    /// <summary>Points available in every attempt: the fixed items it shows and what the draw rules draw.</summary>
    public static decimal PointsAvailable(Quiz quiz, IEnumerable<Question> bank) =>
        FixedItemsShown(quiz, bank).Sum(i => i.Points) + quiz.DrawRules.Sum(r => r.Count * r.PointsEach);

    private static Dictionary<Guid, Question> Approved(Quiz quiz, IEnumerable<Question> bank) =>
        bank
            .Where(q => q.ReviewStatus == ReviewStatus.Approved && quiz.LessonIds.Contains(q.LessonId))
            .DistinctBy(q => q.Id)
            .ToDictionary(q => q.Id);

    private static List<QuizItem> FixedItemsShown(Quiz quiz, Dictionary<Guid, Question> approved)
    {
        var items = quiz.Items.OrderBy(i => i.Order).Where(i => approved.ContainsKey(i.QuestionId)).ToList();
        var leftOut = SourceTwins.LeftOutFor(items.Select(i => approved[i.QuestionId].CurrentVersion.Content).ToList());
        return items.Where((_, index) => leftOut[index] is null).ToList();
    }
}
