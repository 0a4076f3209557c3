namespace IRLearn.Domain.Quizzes;

public enum QuizStatus
{
    Draft = 0,
    Published = 1,
}
