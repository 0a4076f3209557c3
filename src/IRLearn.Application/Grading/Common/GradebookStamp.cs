namespace IRLearn.Application.Grading.Common;

/// <summary>
/// A classroom's gradebook stamp: a new random value, written in the same transaction as every change the gradebook
/// shows (an attempt's status, score, override or lateness; an assignment or its accommodations; the roster; the
/// classroom's name; a student's display name; an assigned quiz's grading method). Equal stamps mean an equal
/// gradebook, so an export made under a stamp can be served again while the stamp stands (ADR 23). The persistence
/// layer writes it; use cases only read it.
/// </summary>
public sealed class GradebookStamp
{
    public required Guid ClassroomId { get; init; }

    public required Guid Stamp { get; init; }
}
