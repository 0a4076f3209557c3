using IRLearn.Application.Common.Exceptions;
using IRLearn.Application.Common.Interfaces;
using IRLearn.Domain.Articles;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Application.Articles;

internal static class ArticleAccess
{
    /// <summary>The caller's own article; someone else's answers exactly like a missing one (404), so ids cannot be probed.</summary>
    public static async Task<Article> FindOwnArticleAsync(this IApplicationDbContext db, Guid id, string userId, CancellationToken cancellationToken) =>
        await db.Articles.FirstOrDefaultAsync(a => a.Id == id && a.OwnerId == userId, cancellationToken)
        ?? throw new NotFoundException(nameof(Article), id);
}
