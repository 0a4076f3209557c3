using IRLearn.Domain.Common;

namespace IRLearn.Domain.QuestionBank;

/// <summary>A question got a new version (number 1 on creation, then one per edit of an approved or retired question).</summary>
public sealed record QuestionVersionCreated(Guid QuestionId, Guid QuestionVersionId, int Number, DateTimeOffset OccurredAt) : IDomainEvent;
