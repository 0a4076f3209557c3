namespace IRLearn.Application.Leaderboards.Queries.ListMyLeaderboards;

/// <summary>The boards the signed-in user may open: their classrooms (with assignments) and the leagues those classrooms are in.</summary>
[Authorize(Roles = Roles.Student + "," + Roles.Instructor)]
public sealed record ListMyLeaderboardsQuery : IQuery<MyLeaderboardsDto>;

public sealed record MyLeaderboardsDto(
    IReadOnlyList<BoardClassroomDto> Classrooms,
    IReadOnlyList<LeagueSummaryDto> Leagues);

/// <summary><paramref name="IsInstructor"/> says whether the user may join this classroom to leagues.</summary>
public sealed record BoardClassroomDto(Guid Id, string Name, bool IsInstructor, IReadOnlyList<BoardAssignmentDto> Assignments);

public sealed record BoardAssignmentDto(Guid Id, string Title);

public sealed record LeagueSummaryDto(Guid Id, string Name, bool IsOwner, string? JoinCode, int Classrooms, int MinClassSize);

public sealed class ListMyLeaderboardsQueryHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListMyLeaderboardsQuery, MyLeaderboardsDto>
{
    public async ValueTask<MyLeaderboardsDto> Handle(ListMyLeaderboardsQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var classrooms = await db.Classrooms.AsNoTracking()
            .VisibleTo(userId)
            .OrderBy(c => c.Name)
            .ToListAsync(cancellationToken);
        var leagues = await db.Leagues.AsNoTracking()
            .VisibleTo(db.Classrooms, userId)
            .OrderBy(l => l.Name)
            .ToListAsync(cancellationToken);

        return new MyLeaderboardsDto(
            classrooms.Select(c => new BoardClassroomDto(
                c.Id,
                c.Name,
                c.IsInstructor(userId),
                c.Assignments.OrderBy(a => a.DueAt).Select(a => new BoardAssignmentDto(a.Id, a.Title)).ToList())).ToList(),
            leagues.Select(l => new LeagueSummaryDto(
                l.Id,
                l.Name,
                l.IsOwner(userId),
                l.IsOwner(userId) ? l.JoinCode.Value : null,
                l.Memberships.Count,
                l.MinClassSize)).ToList());
    }
}
