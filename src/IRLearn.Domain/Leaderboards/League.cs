using IRLearn.Domain.Classrooms;
using IRLearn.Domain.Common;

namespace IRLearn.Domain.Leaderboards;

/// <summary>
/// Classrooms competing against each other. An instructor creates a league and shares its code;
/// instructors of other classrooms join their classrooms with it. The league ranks its classrooms
/// by mean points per enrolled student (see docs/leaderboards.md).
/// <para>
/// The owner's classrooms join with the code like anyone else's: the code, not ownership, is what
/// admits a classroom, so the rule is the same for everybody.
/// </para>
/// </summary>
public sealed class League : AggregateRoot, IOwned
{
    public const int MaxNameLength = 120;
    public const int DefaultMinClassSize = 5;
    public const int MaxMinClassSize = 500;
    public const int MaxClassrooms = 200;

    private readonly List<LeagueMembership> _memberships = [];

    private League()
    {
    }

    private League(Guid id)
        : base(id)
    {
    }

    public string Name { get; private set; } = string.Empty;

    public string OwnerId { get; private set; } = string.Empty;

    /// <summary>Shared with other instructors; unique across leagues (a unique index in the database guarantees it).</summary>
    public JoinCode JoinCode { get; private set; } = null!;

    /// <summary>A classroom with fewer active students is listed but not ranked: a class of two could top the table by luck.</summary>
    public int MinClassSize { get; private set; }

    /// <summary>Where "this term" begins for the league; null means the last 16 weeks.</summary>
    public DateTimeOffset? TermStartsAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyCollection<LeagueMembership> Memberships => _memberships;

    public static League Create(string name, string ownerId, JoinCode joinCode, int minClassSize, DateTimeOffset? termStartsAt, DateTimeOffset now)
    {
        var league = new League(Guid.CreateVersion7())
        {
            OwnerId = Check.UserId(ownerId),
            JoinCode = joinCode,
            CreatedAt = now,
        };
        league.Update(name, minClassSize, termStartsAt, now);
        return league;
    }

    public bool IsOwner(string userId) => OwnerId == userId;

    public bool Contains(Guid classroomId) => _memberships.Exists(m => m.ClassroomId == classroomId);

    /// <summary>Renames the league and changes its ranking settings. Only the owner may, which the application checks.</summary>
    public void Update(string name, int minClassSize, DateTimeOffset? termStartsAt, DateTimeOffset now)
    {
        Name = Check.RequiredText(name, MaxNameLength, "league.name_invalid", "The league's name");
        Check.That(minClassSize is >= 1 and <= MaxMinClassSize, "league.min_class_size_invalid", $"The minimum class size must be between 1 and {MaxMinClassSize}.");
        Check.That(termStartsAt is null || termStartsAt <= now.AddYears(1), "league.term_start_invalid", "The term cannot start more than a year from now.");
        MinClassSize = minClassSize;
        TermStartsAt = termStartsAt;
    }

    /// <summary>
    /// Adds a classroom presented with the league's code by one of its instructors (the application
    /// checks that). Joining again is harmless and returns false.
    /// </summary>
    public bool Join(Guid classroomId, JoinCode code, string joinedBy, DateTimeOffset now)
    {
        Check.Id(classroomId, "league.classroom_required", "The classroom");
        Check.That(code == JoinCode, "league.join_code_mismatch", "That join code is not this league's.");
        if (Contains(classroomId))
        {
            return false;
        }

        Check.That(_memberships.Count < MaxClassrooms, "league.full", $"A league holds at most {MaxClassrooms} classrooms.");
        _memberships.Add(new LeagueMembership(classroomId, Check.UserId(joinedBy), now));
        return true;
    }

    /// <summary>Takes a classroom out of the league (its instructor leaving, or the owner removing it). Its scores are computed, not stored, so nothing else changes.</summary>
    public void Remove(Guid classroomId)
    {
        var membership = _memberships.Find(m => m.ClassroomId == classroomId);
        Check.That(membership is not null, "league.classroom_not_member", "That classroom is not in this league.");
        _memberships.Remove(membership!);
    }

    /// <summary>Replaces the join code, for example after it leaked. Classrooms already in stay in.</summary>
    public void RegenerateJoinCode(JoinCode newCode) => JoinCode = newCode;
}
