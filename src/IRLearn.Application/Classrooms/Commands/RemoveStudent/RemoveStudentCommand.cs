namespace IRLearn.Application.Classrooms.Commands.RemoveStudent;

/// <summary>Removes a student from the roster; their attempts and grades are kept and they cannot rejoin with the code.</summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record RemoveStudentCommand(Guid ClassroomId, string StudentId) : ICommand;

public sealed class RemoveStudentCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<RemoveStudentCommand>
{
    public async ValueTask<Unit> Handle(RemoveStudentCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var classroom = await db.Classrooms.TaughtBy(userId).FirstOrNotFoundAsync(command.ClassroomId, cancellationToken);
        classroom.RemoveStudent(command.StudentId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
