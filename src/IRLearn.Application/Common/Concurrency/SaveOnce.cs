namespace IRLearn.Application.Common.Concurrency;

/// <summary>
/// For "create once" use cases a user can send twice at the same instant (a double click, two tabs): the unique index
/// lets one request create the row and refuses the other (<see cref="DuplicateException"/>). When the refused request
/// finds that what it wanted now exists, it has the outcome its user meant, so it succeeds too (ADR 18).
/// </summary>
public static class SaveOnce
{
    /// <returns>True when this request saved; false when another request had already done it.</returns>
    public static async Task<bool> SaveUnlessDoneMeanwhileAsync(
        this IApplicationDbContext db, Func<CancellationToken, Task<bool>> doneMeanwhile, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DuplicateException)
        {
            if (!await doneMeanwhile(cancellationToken))
            {
                throw;
            }

            return false;
        }
    }
}
