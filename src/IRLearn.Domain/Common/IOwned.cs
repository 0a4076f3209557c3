namespace IRLearn.Domain.Common;

/// <summary>An aggregate that belongs to one user (its author), who alone may change it.</summary>
public interface IOwned
{
    string OwnerId { get; }
}
