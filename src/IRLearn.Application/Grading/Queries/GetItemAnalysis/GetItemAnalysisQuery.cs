using System.Globalization;
using IRLearn.Application.Grading.Common;
using IRLearn.Application.QuestionBank;
using IRLearn.Domain.Grading;

namespace IRLearn.Application.Grading.Queries.GetItemAnalysis;

/// <summary>
/// Item statistics for one assignment's quiz. Each student counts once, with their first fully
/// graded attempt: later attempts are shaped by feedback from the first, which would flatter facility.
/// </summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record GetItemAnalysisQuery(Guid AssignmentId) : IQuery<ItemAnalysisDto>;

/// <param name="SmallSample">Fewer students than <see cref="ItemStatistics.MinExamineesForDiscrimination"/>: discrimination is shown but never flagged.</param>
public sealed record ItemAnalysisDto(Guid ClassroomId, string ClassroomName, Guid AssignmentId, string AssignmentTitle, int Examinees, bool SmallSample, IReadOnlyList<ItemAnalysisItemDto> Items);

/// <param name="Key">The answer key as text ("1992", "1992 ± 1", accepted answers), for the instructor reading the figures.</param>
public sealed record ItemAnalysisItemDto(
    Guid QuestionId,
    string Stem,
    QuestionType Type,
    string Key,
    int Responses,
    decimal Facility,
    decimal? Discrimination,
    IReadOnlyList<ChoiceFrequencyDto> Choices,
    ItemFlags Flags,
    bool QuestionIsOwn);

/// <summary>How often an option (or a typed answer) was chosen; <see cref="IsCorrect"/> marks the key, so the rest are distractors.</summary>
public sealed record ChoiceFrequencyDto(string Text, int Count, bool IsCorrect);

public sealed class GetItemAnalysisQueryHandler(IApplicationDbContext db, ICurrentUser currentUser) : IQueryHandler<GetItemAnalysisQuery, ItemAnalysisDto>
{
    private const int TypedAnswersShown = 8;

    public async ValueTask<ItemAnalysisDto> Handle(GetItemAnalysisQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        // The classroom's name and this one assignment, not its roster.
        var found = await db.Classrooms.AsNoTracking().TaughtBy(userId)
            .Where(c => c.Assignments.Any(a => a.Id == query.AssignmentId))
            .Select(c => new { c.Id, c.Name, Assignment = c.Assignments.First(a => a.Id == query.AssignmentId) })
            .FirstOrNotFoundAsync("Assignment", query.AssignmentId, cancellationToken);
        var assignment = found.Assignment;

        // Each student's first graded attempt is picked in SQL, and only what the statistics read comes back.
        var attempts = await db.Attempts.AsNoTracking()
            .Where(a => a.AssignmentId == assignment.Id && a.Status == AttemptStatus.Graded)
            .Where(a => !db.Attempts.Any(earlier => earlier.AssignmentId == a.AssignmentId && earlier.StudentId == a.StudentId
                && earlier.Status == AttemptStatus.Graded && earlier.Number < a.Number))
            .Select(a => new
            {
                a.StudentId,
                a.Score,
                a.ScoreOverride,
                a.MaxScore,
                Items = a.Items.OrderBy(i => i.Order).Select(i => new { i.QuestionId, i.QuestionVersionId, i.Points }).ToList(),
                Responses = a.Responses.Select(r => new { r.QuestionVersionId, r.ManualScore, r.AutoScore, r.Answer }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var versions = await db.QuestionVersions.ByIdsAsync(attempts.SelectMany(a => a.Items.Select(i => i.QuestionVersionId)), cancellationToken);
        var questionIds = versions.Values.Select(v => v.QuestionId).Distinct().ToList();
        var questions = await db.Questions.AsNoTracking().Where(q => questionIds.Contains(q.Id)).ToDictionaryAsync(q => q.Id, cancellationToken);

        var examinees = attempts.Select(a => new Examinee(
            a.StudentId,
            a.MaxScore > 0 ? (a.ScoreOverride ?? a.Score ?? 0m) / a.MaxScore : 0m,
            a.Items.Select(item =>
            {
                var response = a.Responses.Find(r => r.QuestionVersionId == item.QuestionVersionId);
                var content = versions[item.QuestionVersionId].Content;
                return new ItemScore(item.QuestionId, (response?.ManualScore ?? response?.AutoScore ?? 0m) / item.Points, Chosen(content, response?.Answer));
            }).ToList())).ToList();

        var items = ItemStatistics.Compute(examinees)
            .Select(stat =>
            {
                var question = questions[stat.QuestionId];
                var content = question.CurrentVersion.Content;
                return new ItemAnalysisItemDto(
                    stat.QuestionId,
                    content.Stem,
                    content.Type,
                    AnswerText.KeyOf(content),
                    stat.Responses,
                    stat.Facility,
                    stat.Discrimination,
                    Frequencies(content, stat.ChoiceCounts),
                    stat.Flags,
                    question.OwnerId == userId);
            })
            .OrderBy(i => i.Stem, StringComparer.CurrentCulture)
            .ToList();
        return new ItemAnalysisDto(found.Id, found.Name, assignment.Id, assignment.Title, examinees.Count, ItemStatistics.IsSmallSample(examinees.Count), items);
    }

    private static bool IsChoice(QuestionType type) => type is QuestionType.MultipleChoice or QuestionType.MultipleResponse or QuestionType.TrueFalse;

    // Options are counted by their text, so versions that reorder or reword nothing else still add up.
    private static List<string> Chosen(QuestionContent content, Answer? answer)
    {
        if (answer is null || answer.IsEmpty)
        {
            return [];
        }

        if (IsChoice(content.Type))
        {
            return answer.SelectedOptions.Where(i => i >= 0 && i < content.Options.Count).Select(i => content.Options[i].Text).ToList();
        }

        return content.Type == QuestionType.Matching ? [] : [AnswerNormalizer.Normalize(AnswerText.Of(content, answer))];
    }

    private static List<ChoiceFrequencyDto> Frequencies(QuestionContent content, IReadOnlyDictionary<string, int> counts)
    {
        if (IsChoice(content.Type))
        {
            // Every option appears, chosen or not: a distractor nobody picks is worth knowing about.
            return content.Options
                .Select(o => new ChoiceFrequencyDto(o.Text, counts.GetValueOrDefault(o.Text), o.IsCorrect))
                .Concat(counts.TryGetValue("(no answer)", out var none) ? [new ChoiceFrequencyDto("(no answer)", none, false)] : [])
                .ToList();
        }

        var accepted = content.AcceptedAnswers.Select(AnswerNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
        return counts
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(TypedAnswersShown)
            .Select(kv => new ChoiceFrequencyDto(kv.Key, kv.Value, IsKey(content, accepted, kv.Key)))
            .ToList();
    }

    // A numeric answer is counted by the number it was stored as, so it is right when the grader would take it.
    private static bool IsKey(QuestionContent content, HashSet<string> accepted, string answer) =>
        content.Type == QuestionType.Numeric
            ? decimal.TryParse(answer, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                && AnswerGrader.Grade(content, 1m, Answer.FromNumber(number)).IsCorrect
            : accepted.Contains(answer);
}
