namespace IRLearn.Application.QuestionBank;

public static class QuestionVersionQueries
{
    /// <summary>The exact versions attempts showed, by id (an attempt keeps pointing at the version it showed, whatever edits came later).</summary>
    public static async Task<Dictionary<Guid, QuestionVersion>> ByIdsAsync(this IQueryable<QuestionVersion> versions, IEnumerable<Guid> versionIds, CancellationToken cancellationToken)
    {
        var ids = versionIds.Distinct().ToList();
        return await versions.AsNoTracking().Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
    }
}
