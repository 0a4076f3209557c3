namespace IRLearn.Domain.Quizzes;

/// <summary>A question chosen for a quiz's fixed selection. <see cref="LessonId"/> is kept so a lesson can't be removed while its questions are used.</summary>
public sealed record QuizItem(Guid QuestionId, Guid LessonId, int Order, decimal Points);
