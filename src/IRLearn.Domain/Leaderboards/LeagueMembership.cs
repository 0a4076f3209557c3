using IRLearn.Domain.Common;

namespace IRLearn.Domain.Leaderboards;

/// <summary>A classroom's place in a league, and who brought it in.</summary>
public sealed class LeagueMembership : Entity
{
    private LeagueMembership()
    {
    }

    internal LeagueMembership(Guid classroomId, string joinedBy, DateTimeOffset joinedAt)
        : base(Guid.CreateVersion7())
    {
        ClassroomId = classroomId;
        JoinedBy = joinedBy;
        JoinedAt = joinedAt;
    }

    public Guid ClassroomId { get; private set; }

    public string JoinedBy { get; private set; } = string.Empty;

    public DateTimeOffset JoinedAt { get; private set; }
}
