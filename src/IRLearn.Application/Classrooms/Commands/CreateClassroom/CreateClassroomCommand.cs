namespace IRLearn.Application.Classrooms.Commands.CreateClassroom;

/// <summary>Creates a classroom owned by the caller, with a fresh unique join code.</summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record CreateClassroomCommand(string Name) : ICommand<Guid>;

public sealed class CreateClassroomCommandValidator : AbstractValidator<CreateClassroomCommand>
{
    public CreateClassroomCommandValidator() =>
        RuleFor(c => c.Name).NotEmpty().MaximumLength(Classroom.MaxNameLength);
}

public sealed class CreateClassroomCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<CreateClassroomCommand, Guid>
{
    public async ValueTask<Guid> Handle(CreateClassroomCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var classroom = Classroom.Create(command.Name, userId, JoinCode.Generate(), clock.GetUtcNow());
        db.Classrooms.Add(classroom);
        await db.SaveWithUniqueJoinCodeAsync(classroom, classroom.RegenerateJoinCode, cancellationToken);
        return classroom.Id;
    }
}
