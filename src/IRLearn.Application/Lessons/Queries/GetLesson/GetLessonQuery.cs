namespace IRLearn.Application.Lessons.Queries.GetLesson;

[Authorize(Roles = Roles.Instructor)]
public sealed record GetLessonQuery(Guid Id) : IQuery<LessonDto>;

public sealed record LessonDto(
    Guid Id,
    Guid? ArticleId,
    string Title,
    string Summary,
    IReadOnlyList<LessonSection> Sections,
    IReadOnlyList<KeyTerm> KeyTerms,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<string> Tags,
    LessonStatus Status,
    DateTimeOffset UpdatedAt);

public sealed class GetLessonQueryHandler(IApplicationDbContext db, ICurrentUser currentUser) : IQueryHandler<GetLessonQuery, LessonDto>
{
    public async ValueTask<LessonDto> Handle(GetLessonQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var lesson = await db.Lessons.AsNoTracking()
            .OwnedBy(userId).FirstOrNotFoundAsync(query.Id, cancellationToken);
        return new LessonDto(
            lesson.Id,
            lesson.ArticleId,
            lesson.Title,
            lesson.Summary,
            lesson.Sections,
            lesson.KeyTerms,
            lesson.Objectives,
            lesson.Tags,
            lesson.Status,
            lesson.UpdatedAt);
    }
}
