using IRLearn.Application.Common.Exceptions;
using IRLearn.Application.Common.Interfaces;
using IRLearn.Domain.QuestionBank;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Application.QuestionBank;

internal static class QuestionAccess
{
    /// <summary>The caller's own question with its versions; someone else's answers like a missing one (404).</summary>
    public static async Task<Question> FindOwnQuestionAsync(this IApplicationDbContext db, Guid id, string userId, CancellationToken cancellationToken) =>
        await db.Questions.FirstOrDefaultAsync(q => q.Id == id && q.OwnerId == userId, cancellationToken)
        ?? throw new NotFoundException(nameof(Question), id);
}
