namespace IRLearn.Domain.QuestionBank;

public enum QuestionType
{
    MultipleChoice = 0,
    MultipleResponse = 1,
    TrueFalse = 2,
    FillInBlank = 3,
    Numeric = 4,
    ShortAnswer = 5,
    Matching = 6,
}
