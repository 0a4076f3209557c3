namespace IRLearn.Domain.Common;

/// <summary>
/// Base for everything with an identity. Ids are version-7 GUIDs: they are created in the domain
/// (no database round trip) and sort by creation time, which keeps clustered indexes tidy.
/// </summary>
public abstract class Entity
{
    protected Entity(Guid id)
    {
        Id = id;
    }

    // For EF Core materialisation.
    protected Entity()
    {
    }

    public Guid Id { get; private set; }
}
