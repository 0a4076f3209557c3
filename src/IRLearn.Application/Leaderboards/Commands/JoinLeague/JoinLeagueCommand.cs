using IRLearn.Application.Common.Concurrency;

namespace IRLearn.Application.Leaderboards.Commands.JoinLeague;

/// <summary>An instructor enters one of their classrooms into a league with the league's code. Returns the league's id.</summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record JoinLeagueCommand(string Code, Guid ClassroomId) : ICommand<Guid>;

public sealed class JoinLeagueCommandValidator : AbstractValidator<JoinLeagueCommand>
{
    public JoinLeagueCommandValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(20)
            .Must(code => JoinCode.TryParse(code, out _))
            .WithMessage($"A join code is {JoinCode.Length} letters and digits (no 0, O, 1, I or L).");
        RuleFor(c => c.ClassroomId).NotEmpty();
    }
}

public sealed class JoinLeagueCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<JoinLeagueCommand, Guid>
{
    public async ValueTask<Guid> Handle(JoinLeagueCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var teaches = await db.Classrooms.TaughtBy(userId).AnyAsync(c => c.Id == command.ClassroomId, cancellationToken);
        if (!teaches)
        {
            throw new NotFoundException("Classroom", command.ClassroomId);
        }

        var code = JoinCode.Parse(command.Code);
        var league = await db.Leagues.FirstOrDefaultAsync(l => l.JoinCode == code, cancellationToken)
            ?? throw new NotFoundException("League with code", code.Value);
        league.Join(command.ClassroomId, code, userId, clock.GetUtcNow());

        // Two instructors of one classroom (or one double click) joining at the same instant: the unique index keeps
        // one row, and the classroom is in the league either way, as joining twice one after the other would leave it.
        await db.SaveUnlessDoneMeanwhileAsync(
            ct => db.Leagues.AsNoTracking().Where(l => l.Id == league.Id).SelectMany(l => l.Memberships).AnyAsync(m => m.ClassroomId == command.ClassroomId, ct),
            cancellationToken);
        return league.Id;
    }
}
