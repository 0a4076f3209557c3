using IRLearn.Domain.Leaderboards;

namespace IRLearn.Application.Leaderboards.Commands.CreateLeague;

/// <summary>An instructor opens a league; other instructors' classrooms join it with the code it returns.</summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record CreateLeagueCommand(string Name, int MinClassSize = League.DefaultMinClassSize, DateTimeOffset? TermStartsAt = null) : ICommand<CreatedLeagueDto>;

public sealed record CreatedLeagueDto(Guid Id, string JoinCode);

public sealed class CreateLeagueCommandValidator : AbstractValidator<CreateLeagueCommand>
{
    public CreateLeagueCommandValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(League.MaxNameLength);
        RuleFor(c => c.MinClassSize).InclusiveBetween(1, League.MaxMinClassSize);
    }
}

public sealed class CreateLeagueCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<CreateLeagueCommand, CreatedLeagueDto>
{
    public async ValueTask<CreatedLeagueDto> Handle(CreateLeagueCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;

        // A clash among 31^8 codes is very unlikely; checking first keeps it from ever reaching the unique index.
        var code = JoinCode.Generate();
        while (await db.Leagues.AnyAsync(l => l.JoinCode == code, cancellationToken))
        {
            code = JoinCode.Generate();
        }

        var league = League.Create(command.Name, userId, code, command.MinClassSize, command.TermStartsAt, clock.GetUtcNow());
        db.Leagues.Add(league);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedLeagueDto(league.Id, league.JoinCode.Value);
    }
}
