namespace IRLearn.Domain.Common;

/// <summary>
/// An entity that is loaded and saved as a unit and collects the domain events its methods raise.
/// The events are not persisted (EF must ignore <see cref="DomainEvents"/>); the persistence layer
/// publishes them after saving and then calls <see cref="ClearDomainEvents"/>.
/// </summary>
public abstract class AggregateRoot : Entity
{
    private readonly List<IDomainEvent> _domainEvents = [];

    protected AggregateRoot(Guid id)
        : base(id)
    {
    }

    protected AggregateRoot()
    {
    }

    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    public void ClearDomainEvents() => _domainEvents.Clear();

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);
}
