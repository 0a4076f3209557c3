using IRLearn.Application.Grading.Common;
using IRLearn.Application.QuestionBank;
using IRLearn.Domain.Grading;

namespace IRLearn.Application.Grading.Queries.GetAttemptReview;

/// <summary>One attempt as a grader sees it: every response beside its key and source sentence, time spent, and the audit trail.</summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record GetAttemptReviewQuery(Guid AttemptId) : IQuery<AttemptReviewDto>;

public sealed record AttemptReviewDto(
    Guid Id,
    Guid ClassroomId,
    string ClassroomName,
    Guid AssignmentId,
    string AssignmentTitle,
    string StudentId,
    string StudentName,
    int Number,
    AttemptStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? SubmittedAt,
    bool IsLate,
    bool AutoSubmitted,
    TimeSpan TimeSpent,
    decimal MaxScore,
    decimal? Score,
    decimal? ScoreOverride,
    string? ScoreOverrideReason,
    decimal? FinalScore,
    decimal? Percent,
    IReadOnlyList<ResponseReviewDto> Items,
    IReadOnlyList<GradeChangeDto> AuditTrail);

public sealed record ResponseReviewDto(
    int Order,
    Guid QuestionId,
    Guid QuestionVersionId,
    int VersionNumber,
    QuestionType Type,
    string Stem,
    decimal Points,
    bool Answered,
    string Answer,
    string Key,
    string? SourceSentence,
    string Explanation,
    decimal? AutoScore,
    decimal? ManualScore,
    decimal? EffectiveScore,
    bool? IsCorrect,
    bool NeedsManualGrading,
    string? Comment,
    DateTimeOffset? SavedAt,
    TimeSpan? TimeSpent);

/// <summary>One audit entry; <see cref="QuestionOrder"/> is null for a change to the total.</summary>
public sealed record GradeChangeDto(DateTimeOffset ChangedAt, string ChangedBy, GradeChangeKind Kind, int? QuestionOrder, decimal? Before, decimal? After, string Reason);

public sealed class GetAttemptReviewQueryHandler(IApplicationDbContext db, ICurrentUser currentUser, IIdentityService identity)
    : IQueryHandler<GetAttemptReviewQuery, AttemptReviewDto>
{
    public async ValueTask<AttemptReviewDto> Handle(GetAttemptReviewQuery query, CancellationToken cancellationToken)
    {
        var attempt = await db.Attempts.AsNoTracking().Include(a => a.GradeChanges).TaughtBy(db.Classrooms, currentUser.Id).FirstOrNotFoundAsync(query.AttemptId, cancellationToken);
        var classroom = await db.Classrooms.AsNoTracking().FirstAsync(c => c.Id == attempt.ClassroomId, cancellationToken);
        var versions = await db.QuestionVersions.ByIdsAsync(attempt.Items.Select(i => i.QuestionVersionId), cancellationToken);
        var names = await identity.GetDisplayNamesAsync(
            attempt.GradeChanges.Select(g => g.ChangedBy).Append(attempt.StudentId).Distinct(),
            cancellationToken);
        var times = TimeSpent.PerResponse(attempt.StartedAt, attempt.Responses.Select(r => (r.QuestionVersionId, r.SavedAt)));
        var orderOf = attempt.Items.ToDictionary(i => i.QuestionVersionId, i => i.Order);

        var items = attempt.Items.OrderBy(i => i.Order).Select(item =>
        {
            var content = versions[item.QuestionVersionId].Content;
            var response = attempt.ResponseFor(item.QuestionVersionId);
            return new ResponseReviewDto(
                item.Order,
                item.QuestionId,
                item.QuestionVersionId,
                versions[item.QuestionVersionId].Number,
                content.Type,
                content.Stem,
                item.Points,
                response is not null && !response.Answer.IsEmpty,
                AnswerText.Of(content, response?.Answer),
                AnswerText.KeyOf(content),
                content.Source?.Sentence,
                content.Explanation,
                response?.AutoScore,
                response?.ManualScore,
                response?.EffectiveScore,
                response?.IsCorrect,
                response?.NeedsManualGrading ?? false,
                response?.Comment,
                response?.SavedAt,
                response is null ? null : times.GetValueOrDefault(item.QuestionVersionId));
        }).ToList();

        var audit = attempt.GradeChanges
            .OrderBy(g => g.ChangedAt)
            .Select(g => new GradeChangeDto(
                g.ChangedAt,
                names.GetValueOrDefault(g.ChangedBy, g.ChangedBy),
                g.Kind,
                g.QuestionVersionId is { } v ? orderOf.GetValueOrDefault(v) : null,
                g.Before,
                g.After,
                g.Reason))
            .ToList();

        var assignment = classroom.Assignments.FirstOrDefault(a => a.Id == attempt.AssignmentId);
        return new AttemptReviewDto(
            attempt.Id,
            classroom.Id,
            classroom.Name,
            attempt.AssignmentId,
            assignment?.Title ?? string.Empty,
            attempt.StudentId,
            names.GetValueOrDefault(attempt.StudentId, attempt.StudentId),
            attempt.Number,
            attempt.Status,
            attempt.StartedAt,
            attempt.SubmittedAt,
            attempt.IsLate,
            attempt.AutoSubmitted,
            TimeSpent.Total(attempt),
            attempt.MaxScore,
            attempt.Score,
            attempt.ScoreOverride,
            attempt.ScoreOverrideReason,
            attempt.FinalScore,
            attempt.Percent,
            items,
            audit);
    }
}
