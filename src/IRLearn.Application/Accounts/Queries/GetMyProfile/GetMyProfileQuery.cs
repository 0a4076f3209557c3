namespace IRLearn.Application.Accounts.Queries.GetMyProfile;

[Authorize]
public sealed record GetMyProfileQuery : IQuery<ProfileDto>;

public sealed record ProfileDto(string Id, string DisplayName, IReadOnlyList<string> Roles);

public sealed class GetMyProfileQueryHandler(ICurrentUser currentUser, IIdentityService identity) : IQueryHandler<GetMyProfileQuery, ProfileDto>
{
    public async ValueTask<ProfileDto> Handle(GetMyProfileQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var names = await identity.GetDisplayNamesAsync([userId], cancellationToken);
        var roles = Roles.All.Where(currentUser.IsInRole).ToList();
        return new ProfileDto(userId, names.GetValueOrDefault(userId, string.Empty), roles);
    }
}
