using IRLearn.Application.Grading.Common;
using IRLearn.Application.QuestionBank;

namespace IRLearn.Application.Grading.Queries.GetGradingQueue;

/// <summary>
/// Every response in a classroom that waits for a human, optionally only for one question (every
/// student's answer to it) or one student. The groups let the page offer both views.
/// </summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record GetGradingQueueQuery(Guid ClassroomId, Guid? QuestionId = null, string? StudentId = null) : IQuery<GradingQueueDto>;

public sealed record GradingQueueDto(
    Guid ClassroomId,
    string ClassroomName,
    IReadOnlyList<QueueGroupDto> ByQuestion,
    IReadOnlyList<QueueGroupDto> ByStudent,
    IReadOnlyList<QueueEntryDto> Entries);

/// <summary>A question (Key = its id) or a student (Key = their id) with how many answers wait.</summary>
public sealed record QueueGroupDto(string Key, string Label, int Pending);

public sealed record QueueEntryDto(
    Guid AttemptId,
    string StudentId,
    string StudentName,
    string AssignmentTitle,
    Guid QuestionId,
    Guid QuestionVersionId,
    QuestionType Type,
    string Stem,
    string Answer,
    string Key,
    decimal Points,
    bool QuestionIsOwn,
    DateTimeOffset SavedAt);

public sealed class GetGradingQueueQueryHandler(IApplicationDbContext db, ICurrentUser currentUser, IIdentityService identity)
    : IQueryHandler<GetGradingQueueQuery, GradingQueueDto>
{
    public async ValueTask<GradingQueueDto> Handle(GetGradingQueueQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var classroom = await db.Classrooms.AsNoTracking().TaughtBy(userId).FirstOrNotFoundAsync(query.ClassroomId, cancellationToken);
        var attempts = await db.Attempts.AsNoTracking()
            .Where(a => a.ClassroomId == classroom.Id && a.Status == AttemptStatus.NeedsGrading)
            .ToListAsync(cancellationToken);
        var pending = attempts
            .SelectMany(a => a.Responses.Where(r => r.NeedsManualGrading).Select(r => (Attempt: a, Response: r, Item: a.Items.First(i => i.QuestionVersionId == r.QuestionVersionId))))
            .ToList();

        var versions = await db.QuestionVersions.ByIdsAsync(pending.Select(p => p.Response.QuestionVersionId), cancellationToken);
        var questionIds = pending.Select(p => p.Item.QuestionId).Distinct().ToList();
        var ownQuestions = await db.Questions.AsNoTracking()
            .OwnedBy(userId).Where(q => questionIds.Contains(q.Id))
            .Select(q => q.Id)
            .ToListAsync(cancellationToken);
        var names = await identity.GetDisplayNamesAsync(pending.Select(p => p.Attempt.StudentId).Distinct(), cancellationToken);
        var titles = classroom.Assignments.ToDictionary(a => a.Id, a => a.Title);

        var all = pending
            .Select(p =>
            {
                var content = versions[p.Response.QuestionVersionId].Content;
                return new QueueEntryDto(
                    p.Attempt.Id,
                    p.Attempt.StudentId,
                    names.GetValueOrDefault(p.Attempt.StudentId, p.Attempt.StudentId),
                    titles.GetValueOrDefault(p.Attempt.AssignmentId, string.Empty),
                    p.Item.QuestionId,
                    p.Response.QuestionVersionId,
                    content.Type,
                    content.Stem,
                    AnswerText.Of(content, p.Response.Answer),
                    AnswerText.KeyOf(content),
                    p.Item.Points,
                    ownQuestions.Contains(p.Item.QuestionId),
                    p.Response.SavedAt);
            })
            .OrderBy(e => e.StudentName, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(e => e.SavedAt)
            .ToList();

        var byQuestion = all.GroupBy(e => e.QuestionId)
            .Select(g => new QueueGroupDto(g.Key.ToString(), g.First().Stem, g.Count()))
            .OrderByDescending(g => g.Pending).ThenBy(g => g.Label, StringComparer.CurrentCulture)
            .ToList();
        var byStudent = all.GroupBy(e => e.StudentId)
            .Select(g => new QueueGroupDto(g.Key, g.First().StudentName, g.Count()))
            .OrderBy(g => g.Label, StringComparer.CurrentCultureIgnoreCase)
            .ToList();

        var entries = all
            .Where(e => query.QuestionId is null || e.QuestionId == query.QuestionId)
            .Where(e => query.StudentId is null || e.StudentId == query.StudentId)
            .ToList();
        return new GradingQueueDto(classroom.Id, classroom.Name, byQuestion, byStudent, entries);
    }
}
