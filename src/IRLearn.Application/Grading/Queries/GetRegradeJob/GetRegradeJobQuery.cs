using IRLearn.Application.Grading.Common;

namespace IRLearn.Application.Grading.Queries.GetRegradeJob;

/// <summary>A regrade job's progress and, once done, its summary. Only the instructor who started it sees it.</summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record GetRegradeJobQuery(Guid JobId) : IQuery<RegradeJobDto>;

public sealed class GetRegradeJobQueryHandler(ICurrentUser currentUser, IRegradeJobs jobs) : IQueryHandler<GetRegradeJobQuery, RegradeJobDto>
{
    public async ValueTask<RegradeJobDto> Handle(GetRegradeJobQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var job = await jobs.FindAsync(query.JobId, cancellationToken);
        return job is not null && job.RequestedBy == userId
            ? job
            : throw new NotFoundException("Regrade job", query.JobId);
    }
}
