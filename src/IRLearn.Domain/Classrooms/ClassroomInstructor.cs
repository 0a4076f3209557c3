using IRLearn.Domain.Common;

namespace IRLearn.Domain.Classrooms;

/// <summary>An instructor of a classroom. The owner created it and cannot be removed; co-instructors share everything else.</summary>
public sealed class ClassroomInstructor : Entity
{
    private ClassroomInstructor()
    {
    }

    internal ClassroomInstructor(string userId, bool isOwner, DateTimeOffset addedAt)
        : base(Guid.CreateVersion7())
    {
        UserId = userId;
        IsOwner = isOwner;
        AddedAt = addedAt;
    }

    public string UserId { get; private set; } = string.Empty;

    public bool IsOwner { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }
}
