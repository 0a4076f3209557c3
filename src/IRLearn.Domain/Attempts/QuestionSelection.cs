using IRLearn.Domain.Common;
using IRLearn.Domain.QuestionBank;
using IRLearn.Domain.Quizzes;

namespace IRLearn.Domain.Attempts;

/// <summary>
/// Chooses the questions for a new attempt: the quiz's fixed items, then for each draw rule the
/// requested number of questions at random from the matching approved questions that are not
/// already chosen. Every question is shown in its current version.
/// </summary>
public static class QuestionSelection
{
    /// <param name="bank">
    /// The questions of the quiz's lessons (with versions loaded). Fixed items whose question is
    /// missing or no longer approved (retired since the quiz was built) are left out, so a retired
    /// question never reaches a new attempt.
    /// </param>
    /// <param name="nextInt">Random source returning a number in [0, max); defaults to <see cref="Random.Shared"/>.</param>
    public static IReadOnlyList<AttemptQuestion> For(Quiz quiz, IEnumerable<Question> bank, Func<int, int>? nextInt = null)
    {
        nextInt ??= Random.Shared.Next;
        var approved = bank
            .Where(q => q.ReviewStatus == ReviewStatus.Approved && quiz.LessonIds.Contains(q.LessonId))
            .DistinctBy(q => q.Id)
            .ToDictionary(q => q.Id);

        var chosen = new List<AttemptQuestion>();
        var used = new HashSet<Guid>();
        foreach (var item in quiz.Items.OrderBy(i => i.Order))
        {
            if (approved.TryGetValue(item.QuestionId, out var question) && used.Add(question.Id))
            {
                chosen.Add(new AttemptQuestion(question.CurrentVersion, item.Points));
            }
        }

        foreach (var rule in quiz.DrawRules)
        {
            var candidates = approved.Values
                .Where(q => !used.Contains(q.Id))
                .Where(q => rule.Matches(q.LessonId, q.CurrentVersion.Content.Tags, q.CurrentVersion.Content.Difficulty))
                .OrderBy(q => q.Id)
                .ToList();
            Check.That(
                candidates.Count >= rule.Count,
                "quiz.not_enough_questions",
                $"A draw rule asks for {rule.Count} questions but only {candidates.Count} approved questions match it.");

            // Partial Fisher–Yates: the first Count positions become a uniform random sample.
            for (var i = 0; i < rule.Count; i++)
            {
                var j = i + nextInt(candidates.Count - i);
                (candidates[i], candidates[j]) = (candidates[j], candidates[i]);
                used.Add(candidates[i].Id);
                chosen.Add(new AttemptQuestion(candidates[i].CurrentVersion, rule.PointsEach));
            }
        }

        return chosen;
    }
}
