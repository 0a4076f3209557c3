using IRLearn.Application.Leaderboards.Scoring;

namespace IRLearn.Application.Leaderboards.Queries.GetLeagueStandings;

/// <summary>Classrooms of a league ranked by mean points per enrolled student; classes below the minimum size are listed apart.</summary>
[Authorize(Roles = Roles.Student + "," + Roles.Instructor)]
public sealed record GetLeagueStandingsQuery(Guid LeagueId, LeaderboardWindow Window = LeaderboardWindow.AllTime) : IQuery<LeagueStandingsDto>;

public sealed record LeagueStandingsDto(
    Guid LeagueId,
    string Name,
    bool IsOwner,
    string? JoinCode,
    int MinClassSize,
    DateTimeOffset? TermStartsAt,
    LeaderboardWindow Window,
    DateTimeOffset? Since,
    IReadOnlyList<ClassroomStandingDto> Ranked,
    IReadOnlyList<ClassroomStandingDto> Unranked);

public sealed record ClassroomStandingDto(
    int? Rank,
    Guid ClassroomId,
    string Name,
    bool IsMine,
    int Enrolled,
    int Participants,
    decimal ParticipationPercent,
    decimal TotalPoints,
    decimal Score,
    DateTimeOffset? LastGradedAt,
    string? UnrankedReason);

public sealed class GetLeagueStandingsQueryHandler(
    IApplicationDbContext db,
    ICurrentUser currentUser,
    TimeProvider clock) : IQueryHandler<GetLeagueStandingsQuery, LeagueStandingsDto>
{
    public async ValueTask<LeagueStandingsDto> Handle(GetLeagueStandingsQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var league = await db.Leagues.AsNoTracking().VisibleTo(db.Classrooms, userId).FirstOrNotFoundAsync(query.LeagueId, cancellationToken);

        var classroomIds = league.Memberships.Select(m => m.ClassroomId).ToList();
        var classrooms = await db.Classrooms.AsNoTracking().Where(c => classroomIds.Contains(c.Id)).ToListAsync(cancellationToken);
        var since = LeaderboardWindows.Since(query.Window, clock.GetUtcNow(), league.TermStartsAt);
        var attempts = (await db.FirstAttemptsAsync(classroomIds, since, cancellationToken)).ToLookup(a => a.ClassroomId);

        var standings = LeaderboardScoring.OrderClasses(classrooms.Select(c =>
        {
            // Removed students leave both the numerator and the denominator.
            var active = c.Enrollments.Where(e => e.IsActive).Select(e => e.StudentId).ToHashSet(StringComparer.Ordinal);
            return LeaderboardScoring.ScoreClass(c.Id, c.Name, active.Count, attempts[c.Id].Where(a => active.Contains(a.StudentId)).ToList());
        }));
        var mine = classrooms
            .Where(c => c.IsInstructor(userId) || c.IsEnrolled(userId))
            .Select(c => c.Id)
            .ToHashSet();

        var ranked = standings
            .Where(s => s.Enrolled >= league.MinClassSize)
            .Select((s, index) => ToDto(s, index + 1, mine, null))
            .ToList();
        var unranked = standings
            .Where(s => s.Enrolled < league.MinClassSize)
            .Select(s => ToDto(s, null, mine, $"Needs at least {league.MinClassSize} enrolled students to be ranked (has {s.Enrolled})."))
            .ToList();

        return new LeagueStandingsDto(
            league.Id,
            league.Name,
            league.IsOwner(userId),
            league.IsOwner(userId) ? league.JoinCode.Value : null,
            league.MinClassSize,
            league.TermStartsAt,
            query.Window,
            since,
            ranked,
            unranked);
    }

    private static ClassroomStandingDto ToDto(ClassStanding s, int? rank, HashSet<Guid> mine, string? reason) =>
        new(rank, s.ClassroomId, s.Name, mine.Contains(s.ClassroomId), s.Enrolled, s.Participants, s.ParticipationPercent, s.TotalPoints, s.Score, s.LastGradedAt, reason);
}
