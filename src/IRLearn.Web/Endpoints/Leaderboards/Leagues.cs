namespace IRLearn.Web.Endpoints.Leaderboards;

/// <summary>Class-against-class leagues: create, join by code, read the standings.</summary>
public static class Leagues
{
    public static void MapLeagues(this IEndpointRouteBuilder v1)
    {
        var group = v1.MapGroup("/leagues").WithTags("Leaderboards");
        group.MapPost("/", Create).WithSummary("Create a league (instructors). Returns its id and join code.");
        group.MapPost("/join", Join).WithSummary("Enter one of your classrooms into a league with its code (instructors).");
        group.MapGet("/{leagueId:guid}/standings", GetStandings)
            .WithSummary("Classrooms ranked by mean points per enrolled student. window = allTime (default), term or week.");
    }

    public static async Task<Created<CreatedLeagueDto>> Create(CreateLeagueCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var created = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/leagues/{created.Id}/standings", created);
    }

    public static async Task<Ok<JoinedLeague>> Join(JoinLeagueCommand command, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(new JoinedLeague(await sender.Send(command, cancellationToken)));

    public static async Task<Results<Ok<LeagueStandingsDto>, ValidationProblem>> GetStandings(Guid leagueId, ISender sender, CancellationToken cancellationToken, string? window = null) =>
        LeaderboardWindows.TryParse(window, out var parsed)
            ? TypedResults.Ok(await sender.Send(new GetLeagueStandingsQuery(leagueId, parsed), cancellationToken))
            : LeaderboardBoards.InvalidWindow();

    public sealed record JoinedLeague(Guid LeagueId);
}
