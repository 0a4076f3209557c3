using IRLearn.Domain.Common;

namespace IRLearn.Application.Common.Interfaces;

/// <summary>
/// Reacts to a domain event after the change that raised it has been committed (for example,
/// <c>AttemptGraded</c> refreshes live leaderboards). A failing handler is logged and never undoes the save.
/// </summary>
public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
