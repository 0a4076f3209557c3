namespace IRLearn.Application.Classrooms.Queries.GetInstructorDashboard;

/// <summary>
/// An instructor's own classrooms and content, with how many submitted attempts in each wait for a human grader
/// (the first thing an instructor looks for). Co-instructors see the classrooms they share.
/// </summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record GetInstructorDashboardQuery : IQuery<InstructorDashboardDto>;

public sealed record InstructorDashboardDto(
    string DisplayName,
    IReadOnlyList<InstructorClassroomDto> Classrooms,
    int ArticleCount,
    int LessonCount,
    int QuizCount);

public sealed record InstructorClassroomDto(Guid Id, string Name, string JoinCode, int StudentCount, int AssignmentCount, bool IsOwner, int NeedsGrading);

public sealed class GetInstructorDashboardQueryHandler(
    IApplicationDbContext db,
    ICurrentUser currentUser,
    IIdentityService identity) : IQueryHandler<GetInstructorDashboardQuery, InstructorDashboardDto>
{
    public async ValueTask<InstructorDashboardDto> Handle(GetInstructorDashboardQuery query, CancellationToken cancellationToken)
    {
        var instructorId = currentUser.Id;

        var classrooms = await db.Classrooms
            .AsNoTracking()
            .TaughtBy(instructorId)
            .OrderBy(c => c.Name)
            .ToListAsync(cancellationToken);
        var names = await identity.GetDisplayNamesAsync([instructorId], cancellationToken);
        var classroomIds = classrooms.Select(c => c.Id).ToList();
        var needsGrading = await db.Attempts
            .AsNoTracking()
            .Where(a => classroomIds.Contains(a.ClassroomId) && a.Status == AttemptStatus.NeedsGrading)
            .GroupBy(a => a.ClassroomId)
            .Select(g => new { ClassroomId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.ClassroomId, g => g.Count, cancellationToken);

        return new InstructorDashboardDto(
            names.GetValueOrDefault(instructorId, string.Empty),
            classrooms.Select(c => new InstructorClassroomDto(
                c.Id,
                c.Name,
                c.JoinCode.Value,
                c.Enrollments.Count(e => e.IsActive),
                c.Assignments.Count,
                c.OwnerId == instructorId,
                needsGrading.GetValueOrDefault(c.Id))).ToList(),
            await db.Articles.CountAsync(a => a.OwnerId == instructorId, cancellationToken),
            await db.Lessons.CountAsync(l => l.OwnerId == instructorId, cancellationToken),
            await db.Quizzes.CountAsync(q => q.OwnerId == instructorId, cancellationToken));
    }
}
