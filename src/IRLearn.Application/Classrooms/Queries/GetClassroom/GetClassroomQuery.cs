namespace IRLearn.Application.Classrooms.Queries.GetClassroom;

/// <summary>One classroom the caller teaches: join code, instructors, roster, assignments with overrides, and the quizzes they can assign.</summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record GetClassroomQuery(Guid Id) : IQuery<ClassroomDto>;

public sealed record ClassroomDto(
    Guid Id,
    string Name,
    string JoinCode,
    bool IsOwner,
    IReadOnlyList<ClassroomInstructorDto> Instructors,
    IReadOnlyList<RosterEntryDto> Roster,
    IReadOnlyList<AssignmentDto> Assignments,
    IReadOnlyList<AssignableQuizDto> AssignableQuizzes);

public sealed record ClassroomInstructorDto(string UserId, string Name, bool IsOwner);

public sealed record RosterEntryDto(string StudentId, string Name, string? Alias, DateTimeOffset EnrolledAt);

public sealed record AssignmentDto(Guid Id, Guid QuizId, string Title, DateTimeOffset OpensAt, DateTimeOffset DueAt, IReadOnlyList<OverrideDto> Overrides);

public sealed record OverrideDto(string StudentId, string StudentName, int ExtraMinutes, int ExtraAttempts, DateTimeOffset? DueAt, string Reason, string SetByName, DateTimeOffset SetAt);

public sealed record AssignableQuizDto(Guid Id, string Title);

public sealed class GetClassroomQueryHandler(IApplicationDbContext db, ICurrentUser currentUser, IIdentityService identity)
    : IQueryHandler<GetClassroomQuery, ClassroomDto>
{
    public async ValueTask<ClassroomDto> Handle(GetClassroomQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var classroom = await db.Classrooms.AsNoTracking()
            .TaughtBy(userId).FirstOrNotFoundAsync(query.Id, cancellationToken);
        var quizzes = await db.Quizzes.AsNoTracking()
            .OwnedBy(userId).Where(q => q.Status == QuizStatus.Published)
            .OrderBy(q => q.Title)
            .Select(q => new AssignableQuizDto(q.Id, q.Title))
            .ToListAsync(cancellationToken);
        var overrides = classroom.Assignments.SelectMany(a => a.Overrides).ToList();
        var names = await identity.GetDisplayNamesAsync(
            classroom.Instructors.Select(i => i.UserId)
                .Concat(classroom.Enrollments.Select(e => e.StudentId))
                .Concat(overrides.Select(o => o.SetBy))
                .Distinct(),
            cancellationToken);
        string Name(string id) => names.GetValueOrDefault(id, "(unknown user)");

        return new ClassroomDto(
            classroom.Id,
            classroom.Name,
            classroom.JoinCode.Value,
            classroom.OwnerId == userId,
            classroom.Instructors.OrderByDescending(i => i.IsOwner).ThenBy(i => Name(i.UserId)).Select(i => new ClassroomInstructorDto(i.UserId, Name(i.UserId), i.IsOwner)).ToList(),
            classroom.Enrollments.Where(e => e.IsActive).OrderBy(e => Name(e.StudentId)).Select(e => new RosterEntryDto(e.StudentId, Name(e.StudentId), e.Alias, e.EnrolledAt)).ToList(),
            classroom.Assignments.OrderBy(a => a.DueAt).Select(a => new AssignmentDto(
                a.Id,
                a.QuizId,
                a.Title,
                a.OpensAt,
                a.DueAt,
                a.Overrides.Select(o => new OverrideDto(o.StudentId, Name(o.StudentId), (int)o.ExtraTime.TotalMinutes, o.ExtraAttempts, o.DueAt, o.Reason, Name(o.SetBy), o.SetAt)).ToList())).ToList(),
            quizzes);
    }
}
