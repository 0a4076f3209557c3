namespace IRLearn.Application.Accounts.Queries.ListUsers;

[Authorize(Roles = Roles.Admin)]
public sealed record ListUsersQuery : IQuery<IReadOnlyList<UserSummary>>;

public sealed class ListUsersQueryHandler(IIdentityService identity) : IQueryHandler<ListUsersQuery, IReadOnlyList<UserSummary>>
{
    public async ValueTask<IReadOnlyList<UserSummary>> Handle(ListUsersQuery query, CancellationToken cancellationToken) =>
        await identity.ListUsersAsync(cancellationToken);
}
