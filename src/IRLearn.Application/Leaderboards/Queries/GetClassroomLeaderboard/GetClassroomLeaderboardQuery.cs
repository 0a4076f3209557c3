using IRLearn.Application.Classrooms;
using IRLearn.Application.Leaderboards.Scoring;

namespace IRLearn.Application.Leaderboards.Queries.GetClassroomLeaderboard;

/// <summary>
/// Students of one classroom by points from graded first attempts, for its instructors and students: one page of the
/// ranking (<paramref name="Page"/> from 1; a page past the end is the last), and the viewer's own row wherever it is.
/// </summary>
[Authorize(Roles = Roles.Student + "," + Roles.Instructor)]
public sealed record GetClassroomLeaderboardQuery(
    Guid ClassroomId,
    LeaderboardWindow Window = LeaderboardWindow.AllTime,
    int Page = 1,
    int PageSize = GetClassroomLeaderboardQuery.DefaultPageSize) : IQuery<ClassroomLeaderboardDto>
{
    /// <summary>A seminar fits on one page; a lecture hall sees its top 50 and where the viewer stands.</summary>
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 200;
}

/// <param name="Rows">The page's rows, best first.</param>
/// <param name="You">The viewing student's row, on this page or not; null for an instructor.</param>
/// <param name="AheadOfYou">The nearest classmate with more points than the viewer (the place to catch up with), or null.</param>
/// <param name="TotalStudents">Every active student of the class, so "7th of 300" holds on any page.</param>
public sealed record ClassroomLeaderboardDto(
    Guid ClassroomId,
    string ClassroomName,
    LeaderboardWindow Window,
    DateTimeOffset? Since,
    bool ViewerIsInstructor,
    string? MyAlias,
    IReadOnlyList<StudentRowDto> Rows,
    StudentRowDto? You,
    StudentRowDto? AheadOfYou,
    int TotalStudents,
    int Page,
    int PageSize,
    int PageCount,
    IReadOnlyList<AssignmentLinkDto> Assignments)
{
    /// <summary>The page holding the viewer's row, or null for an instructor.</summary>
    public int? YourPage => You is null ? null : ((You.Rank - 1) / PageSize) + 1;
}

public sealed record StudentRowDto(int Rank, string Name, bool IsYou, decimal Points, int QuizzesTaken, DateTimeOffset? LastGradedAt);

public sealed record AssignmentLinkDto(Guid Id, string Title, DateTimeOffset DueAt);

public sealed class GetClassroomLeaderboardQueryValidator : AbstractValidator<GetClassroomLeaderboardQuery>
{
    public GetClassroomLeaderboardQueryValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, GetClassroomLeaderboardQuery.MaxPageSize);
    }
}

public sealed class GetClassroomLeaderboardQueryHandler(
    IApplicationDbContext db,
    ICurrentUser currentUser,
    TimeProvider clock) : IQueryHandler<GetClassroomLeaderboardQuery, ClassroomLeaderboardDto>
{
    public async ValueTask<ClassroomLeaderboardDto> Handle(GetClassroomLeaderboardQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        // The classroom's name and assignments, not its roster entities: the roster is read below as columns.
        var classroom = await db.Classrooms.AsNoTracking().VisibleTo(userId)
            .Where(c => c.Id == query.ClassroomId)
            .Select(c => new
            {
                c.Id,
                c.Name,
                IsInstructor = c.Instructors.Any(i => i.UserId == userId),
                Assignments = c.Assignments.Select(a => new AssignmentLinkDto(a.Id, a.Title, a.DueAt)).ToList(),
            })
            .FirstOrNotFoundAsync(nameof(Classroom), query.ClassroomId, cancellationToken);
        var isInstructor = classroom.IsInstructor;

        // The order depends on every student's points, so the whole class is ranked, but from ids and scores only:
        // names and aliases are read below for the rows this page shows.
        var since = LeaderboardWindows.Since(query.Window, clock.GetUtcNow());
        var studentIds = await db.ActiveStudentIdsAsync(classroom.Id, cancellationToken);
        var standings = LeaderboardScoring.RankStudents(studentIds, await db.StudentPointsAsync(classroom.Id, since, cancellationToken));

        var pageCount = Math.Max(1, (standings.Count + query.PageSize - 1) / query.PageSize);
        var page = Math.Min(query.Page, pageCount);
        var onPage = standings.Skip((page - 1) * query.PageSize).Take(query.PageSize).ToList();
        var mine = standings.FirstOrDefault(s => s.StudentId == userId);
        var ahead = mine is null ? null : standings.LastOrDefault(s => s.Rank < mine.Rank && s.Points > mine.Points);

        var shown = onPage.Append(mine).Append(ahead).OfType<StudentStanding>().Select(s => s.StudentId).Distinct(StringComparer.Ordinal).ToList();
        var labels = (await db.StudentsAsync(classroom.Id, shown, withNames: isInstructor, cancellationToken))
            .ToDictionary(s => s.StudentId, StringComparer.Ordinal);
        StudentRowDto Row(StudentStanding s) => new(
            s.Rank,
            StudentLabels.For(labels[s.StudentId], isInstructor),
            s.StudentId == userId,
            s.Points,
            s.QuizzesTaken,
            s.LastGradedAt);

        return new ClassroomLeaderboardDto(
            classroom.Id,
            classroom.Name,
            query.Window,
            since,
            isInstructor,
            labels.GetValueOrDefault(userId)?.Alias,
            onPage.ConvertAll(Row),
            mine is null ? null : Row(mine),
            ahead is null ? null : Row(ahead),
            standings.Count,
            page,
            query.PageSize,
            pageCount,
            classroom.Assignments.OrderBy(a => a.DueAt).ToList());
    }
}
