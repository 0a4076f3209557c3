using Mediator;

namespace IRLearn.Domain.Common;

/// <summary>
/// Something that happened in the domain that other parts of the system may react to. Events are
/// Mediator notifications: the database context publishes them once the change that raised them is
/// committed, and <c>INotificationHandler&lt;TEvent&gt;</c>s react (ADR 7).
/// </summary>
public interface IDomainEvent : INotification
{
    DateTimeOffset OccurredAt { get; }
}
