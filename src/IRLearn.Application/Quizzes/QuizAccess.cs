using IRLearn.Application.Common.Exceptions;
using IRLearn.Application.Common.Interfaces;
using IRLearn.Domain.Quizzes;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Application.Quizzes;

internal static class QuizAccess
{
    /// <summary>The caller's own quiz; someone else's answers exactly like a missing one (404), so ids cannot be probed.</summary>
    public static async Task<Quiz> FindOwnQuizAsync(this IApplicationDbContext db, Guid id, string userId, CancellationToken cancellationToken) =>
        await db.Quizzes.FirstOrDefaultAsync(q => q.Id == id && q.OwnerId == userId, cancellationToken)
        ?? throw new NotFoundException(nameof(Quiz), id);
}
