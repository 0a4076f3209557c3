using FluentValidation;
using IRLearn.Application.Leaderboards.Commands.CreateLeague;
using IRLearn.Application.Leaderboards.Commands.JoinLeague;
using IRLearn.Application.Leaderboards.Commands.SetLeaderboardAlias;
using Microsoft.Extensions.DependencyInjection;

namespace IRLearn.Application;

public static partial class DependencyInjection
{
    // The live-board notifier (an AttemptGraded handler) needs SignalR, so the web host registers it.
    static partial void AddLeaderboards(IServiceCollection services)
    {
        services.AddScoped<IValidator<CreateLeagueCommand>, CreateLeagueCommandValidator>();
        services.AddScoped<IValidator<JoinLeagueCommand>, JoinLeagueCommandValidator>();
        services.AddScoped<IValidator<SetLeaderboardAliasCommand>, SetLeaderboardAliasCommandValidator>();
    }
}
