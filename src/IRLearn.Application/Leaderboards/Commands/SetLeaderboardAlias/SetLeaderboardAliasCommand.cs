namespace IRLearn.Application.Leaderboards.Commands.SetLeaderboardAlias;

/// <summary>A student chooses the name classmates see on this classroom's boards; empty clears it.</summary>
[Authorize(Roles = Roles.Student)]
public sealed record SetLeaderboardAliasCommand(Guid ClassroomId, string? Alias) : ICommand<Unit>;

public sealed class SetLeaderboardAliasCommandValidator : AbstractValidator<SetLeaderboardAliasCommand>
{
    public SetLeaderboardAliasCommandValidator()
    {
        RuleFor(c => c.ClassroomId).NotEmpty();

        // The domain repeats these rules; checking here gives a field error instead of a rule break.
        RuleFor(c => c.Alias).MaximumLength(Enrollment.MaxAliasLength)
            .Must(alias => alias is null || (alias.IndexOfAny(['<', '>', '&', '"', '\'', '`', '/', '\\', '=']) < 0 && !alias.Any(char.IsControl)))
            .WithMessage("The alias may not contain < > & \" ' ` / \\ = or control characters.");
    }
}

public sealed class SetLeaderboardAliasCommandHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : ICommandHandler<SetLeaderboardAliasCommand, Unit>
{
    public async ValueTask<Unit> Handle(SetLeaderboardAliasCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var classroom = await db.Classrooms.AttendedBy(userId).FirstOrNotFoundAsync(command.ClassroomId, cancellationToken);

        classroom.SetAlias(userId, command.Alias);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
