namespace IRLearn.Application.Classrooms.Commands;

internal static class UniqueJoinCode
{
    /// <summary>
    /// Saves a change that gave <paramref name="classroom"/> a new join code. The unique index on
    /// codes is the real guarantee; on the (rare) clash a fresh code is tried, a few times.
    /// </summary>
    public static async Task SaveWithUniqueJoinCodeAsync(this IApplicationDbContext db, Classroom classroom, Action<JoinCode> applyCode, CancellationToken cancellationToken)
    {
        const int attempts = 5;
        for (var attempt = 1; ; attempt++)
        {
            var code = JoinCode.Generate();
            if (await db.Classrooms.AnyAsync(c => c.JoinCode == code && c.Id != classroom.Id, cancellationToken))
            {
                if (attempt >= attempts)
                {
                    throw new ConflictException("No free join code was found; please try again.");
                }

                continue;
            }

            applyCode(code);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DuplicateException) when (attempt < attempts)
            {
                // Another request took the same code between our check and our save; try another.
            }
        }
    }
}
