using IRLearn.Application.Grading.Common;

namespace IRLearn.Application.Grading.Queries.GetAccommodation;

/// <summary>A student's current accommodation on one assignment, for the form that changes it.</summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record GetAccommodationQuery(Guid ClassroomId, Guid AssignmentId, string StudentId) : IQuery<AccommodationDto>;

public sealed record AccommodationDto(
    Guid ClassroomId,
    string ClassroomName,
    Guid AssignmentId,
    string AssignmentTitle,
    DateTimeOffset DueAt,
    string StudentId,
    string StudentName,
    int ExtraMinutes,
    int ExtraAttempts,
    DateTimeOffset? StudentDueAt,
    string? Reason,
    string? SetBy,
    DateTimeOffset? SetAt);

public sealed class GetAccommodationQueryHandler(IApplicationDbContext db, ICurrentUser currentUser, IIdentityService identity)
    : IQueryHandler<GetAccommodationQuery, AccommodationDto>
{
    public async ValueTask<AccommodationDto> Handle(GetAccommodationQuery query, CancellationToken cancellationToken)
    {
        var classroom = await db.Classrooms.AsNoTracking().TaughtBy(currentUser.Id).FirstOrNotFoundAsync(query.ClassroomId, cancellationToken);
        var assignment = classroom.Assignments.FirstOrDefault(a => a.Id == query.AssignmentId)
            ?? throw new NotFoundException("Assignment", query.AssignmentId);
        if (!classroom.IsEnrolled(query.StudentId))
        {
            throw new NotFoundException("Student", query.StudentId);
        }

        var current = assignment.OverrideFor(query.StudentId);
        var names = await identity.GetDisplayNamesAsync(current is null ? [query.StudentId] : [query.StudentId, current.SetBy], cancellationToken);
        return new AccommodationDto(
            classroom.Id,
            classroom.Name,
            assignment.Id,
            assignment.Title,
            assignment.DueAt,
            query.StudentId,
            names.GetValueOrDefault(query.StudentId, query.StudentId),
            (int)(current?.ExtraTime.TotalMinutes ?? 0),
            current?.ExtraAttempts ?? 0,
            current?.DueAt,
            current?.Reason,
            current is null ? null : names.GetValueOrDefault(current.SetBy, current.SetBy),
            current?.SetAt);
    }
}
