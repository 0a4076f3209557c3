using IRLearn.Application.Grading.Common;

namespace IRLearn.Application.Grading.Queries.GetRegradePreview;

/// <summary>What a regrade of one question would touch, shown before the instructor starts it.</summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record GetRegradePreviewQuery(Guid QuestionId) : IQuery<RegradePreviewDto>;

public sealed record RegradePreviewDto(Guid QuestionId, string Stem, string Key, int CurrentVersion, int AffectedAttempts);

public sealed class GetRegradePreviewQueryHandler(IApplicationDbContext db, ICurrentUser currentUser, QuestionRegrader regrader)
    : IQueryHandler<GetRegradePreviewQuery, RegradePreviewDto>
{
    public async ValueTask<RegradePreviewDto> Handle(GetRegradePreviewQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var question = await db.Questions.AsNoTracking().OwnedBy(userId).FirstOrNotFoundAsync(query.QuestionId, cancellationToken);
        var affected = await regrader.AffectedAttemptIdsAsync(question.Id, userId, cancellationToken);
        var current = question.CurrentVersion;
        return new RegradePreviewDto(question.Id, current.Content.Stem, AnswerText.KeyOf(current.Content), current.Number, affected.Count);
    }
}
