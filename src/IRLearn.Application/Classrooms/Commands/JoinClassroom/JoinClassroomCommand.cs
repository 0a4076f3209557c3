using IRLearn.Application.Common.Concurrency;
using IRLearn.Domain.Common;

namespace IRLearn.Application.Classrooms.Commands.JoinClassroom;

/// <summary>A student enrols in a classroom with the code their instructor gave them. Joining twice is harmless.</summary>
[Authorize(Roles = Roles.Student)]
public sealed record JoinClassroomCommand(string Code) : ICommand<JoinedClassroomDto>;

public sealed record JoinedClassroomDto(Guid ClassroomId, string Name, bool NewlyJoined);

public sealed class JoinClassroomCommandValidator : AbstractValidator<JoinClassroomCommand>
{
    public JoinClassroomCommandValidator()
    {
        // Generous enough for "abcd-efgh" with spaces; the domain parses the rest.
        RuleFor(c => c.Code).NotEmpty().WithMessage("Enter the join code your instructor gave you.").MaximumLength(20);
    }
}

public sealed class JoinClassroomCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<JoinClassroomCommand, JoinedClassroomDto>
{
    public async ValueTask<JoinedClassroomDto> Handle(JoinClassroomCommand command, CancellationToken cancellationToken)
    {
        var studentId = currentUser.Id;
        var code = JoinCode.Parse(command.Code);
        var classroom = await db.Classrooms.FirstOrDefaultAsync(c => c.JoinCode == code, cancellationToken)
            // A rule break (400) rather than 404: the student typed something, and needs to be told what to check.
            ?? throw new DomainException("classroom.join_code_unknown", "No classroom has that join code. Check it with your instructor.");

        var joined = classroom.Join(studentId, code, clock.GetUtcNow());

        // A double click or a second tab may join at the same instant: the unique (classroom, student) index keeps the
        // other request's row, and the student is enrolled, as they asked.
        joined = joined && await db.SaveUnlessDoneMeanwhileAsync(
            ct => db.Classrooms.AsNoTracking().AttendedBy(studentId).AnyAsync(c => c.Id == classroom.Id, ct), cancellationToken);
        return new JoinedClassroomDto(classroom.Id, classroom.Name, joined);
    }
}
