using IRLearn.Domain.Articles;

namespace IRLearn.Application.Articles.Queries.GetArticle;

[Authorize(Roles = Roles.Instructor)]
public sealed record GetArticleQuery(Guid Id) : IQuery<ArticleDto>;

public sealed record ArticleDto(
    Guid Id,
    string Title,
    string? Source,
    string CleanedText,
    IReadOnlyList<string> RemovedBlocks,
    DateTimeOffset ImportedAt,
    Guid? LessonId);

public sealed class GetArticleQueryHandler(IApplicationDbContext db, ICurrentUser currentUser) : IQueryHandler<GetArticleQuery, ArticleDto>
{
    public async ValueTask<ArticleDto> Handle(GetArticleQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var article = await db.Articles.AsNoTracking()
            .OwnedBy(userId).FirstOrNotFoundAsync(query.Id, cancellationToken);
        var lessonId = await db.Lessons
            .OwnedBy(userId).Where(l => l.ArticleId == article.Id)
            .Select(l => (Guid?)l.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return new ArticleDto(article.Id, article.Title, article.Source, article.CleanedText, article.RemovedBlocks, article.ImportedAt, lessonId);
    }
}
