using IRLearn.Application.Common.Exceptions;
using IRLearn.Application.Common.Interfaces;
using IRLearn.Domain.Lessons;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Application.Lessons;

internal static class LessonAccess
{
    /// <summary>The caller's own lesson; someone else's answers exactly like a missing one (404), so ids cannot be probed.</summary>
    public static async Task<Lesson> FindOwnLessonAsync(this IApplicationDbContext db, Guid id, string userId, CancellationToken cancellationToken) =>
        await db.Lessons.FirstOrDefaultAsync(l => l.Id == id && l.OwnerId == userId, cancellationToken)
        ?? throw new NotFoundException(nameof(Lesson), id);
}
