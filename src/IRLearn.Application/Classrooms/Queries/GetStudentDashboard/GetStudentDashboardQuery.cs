using IRLearn.Application.Lessons;

namespace IRLearn.Application.Classrooms.Queries.GetStudentDashboard;

/// <summary>What a student sees first: their classrooms, their assignments by urgency, and lessons to read.</summary>
[Authorize(Roles = Roles.Student)]
public sealed record GetStudentDashboardQuery : IQuery<StudentDashboardDto>;

public sealed record StudentDashboardDto(
    string DisplayName,
    IReadOnlyList<StudentClassroomDto> Classrooms,
    IReadOnlyList<StudentAssignmentDto> Assignments,
    IReadOnlyList<LessonLinkDto> Lessons);

public sealed record StudentClassroomDto(Guid Id, string Name, IReadOnlyList<string> Instructors);

/// <summary>One assignment; <paramref name="InProgress"/> is the attempt the student started and can still continue, if any.</summary>
public sealed record StudentAssignmentDto(Guid Id, Guid ClassroomId, string ClassroomName, string Title, DateTimeOffset OpensAt, DateTimeOffset DueAt, AssignmentState State, AttemptInProgressDto? InProgress = null);

/// <summary>An attempt still open for answers: where to continue it and how long is left (until its deadline, without the grace period).</summary>
public sealed record AttemptInProgressDto(Guid AttemptId, TimeSpan TimeLeft);

public sealed record LessonLinkDto(Guid Id, string Title);

public enum AssignmentState
{
    Upcoming,
    Open,
    DueSoon,
    Overdue,
    Done,
}

public sealed class GetStudentDashboardQueryHandler(
    IApplicationDbContext db,
    ICurrentUser currentUser,
    IIdentityService identity,
    TimeProvider clock) : IQueryHandler<GetStudentDashboardQuery, StudentDashboardDto>
{
    public static readonly TimeSpan DueSoonWindow = TimeSpan.FromHours(48);

    public async ValueTask<StudentDashboardDto> Handle(GetStudentDashboardQuery query, CancellationToken cancellationToken)
    {
        var studentId = currentUser.Id;
        var now = clock.GetUtcNow();

        var classrooms = await db.Classrooms
            .AsNoTracking()
            .AttendedBy(studentId)
            .OrderBy(c => c.Name)
            .ToListAsync(cancellationToken);

        var instructorIds = classrooms.SelectMany(c => c.Instructors.Select(i => i.UserId));
        var names = await identity.GetDisplayNamesAsync(instructorIds.Append(studentId), cancellationToken);

        var submittedAssignments = await db.Attempts
            .AsNoTracking()
            .Where(a => a.StudentId == studentId && a.Status != AttemptStatus.InProgress)
            .Select(a => a.AssignmentId)
            .Distinct()
            .ToListAsync(cancellationToken);
        var done = submittedAssignments.ToHashSet();
        var inProgress = (await db.Attempts
                .AsNoTracking()
                .Where(a => a.StudentId == studentId && a.Status == AttemptStatus.InProgress)
                .Select(a => new { a.Id, a.AssignmentId, a.Deadline })
                .ToListAsync(cancellationToken))
            .Where(a => a.Deadline > now)
            .GroupBy(a => a.AssignmentId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.Deadline).Select(a => new AttemptInProgressDto(a.Id, a.Deadline - now)).First());

        var assignments = classrooms
            .SelectMany(c => c.Assignments.Select(a => (Classroom: c, Assignment: a, Window: a.EffectiveWindowFor(studentId))))
            .Select(x => new StudentAssignmentDto(
                x.Assignment.Id,
                x.Classroom.Id,
                x.Classroom.Name,
                x.Assignment.Title,
                x.Window.OpensAt,
                x.Window.DueAt,
                StateOf(done.Contains(x.Assignment.Id), x.Window.OpensAt, x.Window.DueAt, now),
                inProgress.GetValueOrDefault(x.Assignment.Id)))
            .OrderBy(a => a.InProgress is null ? 1 : 0)
            .ThenBy(a => a.State switch
            {
                AssignmentState.Overdue => 0,
                AssignmentState.DueSoon => 1,
                AssignmentState.Open => 2,
                AssignmentState.Upcoming => 3,
                _ => 4,
            })
            .ThenBy(a => a.DueAt)
            .ToList();

        var quizIds = classrooms.SelectMany(c => c.Assignments.Select(a => a.QuizId)).Distinct().ToList();
        var quizzes = await db.Quizzes.AsNoTracking().Where(q => quizIds.Contains(q.Id)).ToListAsync(cancellationToken);
        var lessons = await db.Lessons.PublishedLinksAsync(quizzes.SelectMany(q => q.LessonIds), cancellationToken);

        return new StudentDashboardDto(
            names.GetValueOrDefault(studentId, string.Empty),
            classrooms.Select(c => new StudentClassroomDto(
                c.Id,
                c.Name,
                c.Instructors.Select(i => names.GetValueOrDefault(i.UserId, "Instructor")).ToList())).ToList(),
            assignments,
            lessons);
    }

    public static AssignmentState StateOf(bool done, DateTimeOffset opensAt, DateTimeOffset dueAt, DateTimeOffset now) =>
        done ? AssignmentState.Done
        : now < opensAt ? AssignmentState.Upcoming
        : now >= dueAt ? AssignmentState.Overdue
        : dueAt - now <= DueSoonWindow ? AssignmentState.DueSoon
        : AssignmentState.Open;
}
