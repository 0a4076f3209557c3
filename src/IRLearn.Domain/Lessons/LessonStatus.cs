namespace IRLearn.Domain.Lessons;

/// <summary>Draft → Published → (Unpublish) Draft; any → Archived; Archived → (Unpublish) Draft.</summary>
public enum LessonStatus
{
    Draft = 0,
    Published = 1,
    Archived = 2,
}
