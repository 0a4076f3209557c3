namespace IRLearn.Application.Classrooms.Commands.RegenerateJoinCode;

/// <summary>Replaces the join code (after it leaked, say); the old code stops working at once. Returns the new code.</summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record RegenerateJoinCodeCommand(Guid ClassroomId) : ICommand<string>;

public sealed class RegenerateJoinCodeCommandHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : ICommandHandler<RegenerateJoinCodeCommand, string>
{
    public async ValueTask<string> Handle(RegenerateJoinCodeCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var classroom = await db.Classrooms.TaughtBy(userId).FirstOrNotFoundAsync(command.ClassroomId, cancellationToken);
        await db.SaveWithUniqueJoinCodeAsync(classroom, classroom.RegenerateJoinCode, cancellationToken);
        return classroom.JoinCode.Value;
    }
}
