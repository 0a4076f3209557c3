using IRLearn.Domain.QuestionBank;

namespace IRLearn.Domain.Tests;

/// <summary>Fixed times, people and question contents shared by the tests.</summary>
internal static class TestData
{
    public const string Instructor = "instructor-1";
    public const string CoInstructor = "instructor-2";
    public const string Student = "student-1";
    public const string OtherStudent = "student-2";

    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static readonly Guid LessonId = Guid.CreateVersion7();

    public static SourceReference Source { get; } = new("Kazakhstan initiated CICA in 1992.", 120, 34);

    public static QuestionContent MultipleChoice(string correct = "1992") =>
        QuestionContent.Create(
            QuestionType.MultipleChoice,
            "In what year did Kazakhstan initiate CICA?",
            options: [new(correct, true), new("1997", false), new("2001", false)],
            explanation: "The article says 1992.",
            source: Source);

    public static QuestionContent MultipleResponse() =>
        QuestionContent.Create(
            QuestionType.MultipleResponse,
            "Which of these are members of the G20?",
            options: [new("India", true), new("Brazil", true), new("Norway", false), new("Chile", false)],
            source: Source);

    public static QuestionContent TrueFalse(bool isTrue = true) =>
        QuestionContent.Create(
            QuestionType.TrueFalse,
            "Kazakhstan initiated CICA in 1992.",
            options: [new("True", isTrue), new("False", !isTrue)],
            source: Source);

    public static QuestionContent FillInBlank(params string[] accepted) =>
        QuestionContent.Create(
            QuestionType.FillInBlank,
            "Kazakhstan initiated _____ in 1992.",
            acceptedAnswers: accepted.Length == 0 ? ["CICA"] : accepted,
            source: Source);

    public static QuestionContent Numeric(decimal value = 1992m, decimal tolerance = 0m) =>
        QuestionContent.Create(
            QuestionType.Numeric,
            "In what year did Kazakhstan initiate CICA?",
            numericAnswer: new NumericAnswer(value, tolerance),
            source: Source);

    public static QuestionContent ShortAnswer(params string[] accepted) =>
        QuestionContent.Create(
            QuestionType.ShortAnswer,
            "Which organisation did Kazakhstan initiate in 1992?",
            acceptedAnswers: accepted.Length == 0 ? ["CICA"] : accepted,
            source: Source);

    public static QuestionContent Matching() =>
        QuestionContent.Create(
            QuestionType.Matching,
            "Match each acronym with its organisation.",
            pairs: [new("CICA", "Confidence building in Asia"), new("SCO", "Shanghai Cooperation Organisation"), new("CSTO", "Collective Security Treaty Organization")],
            source: Source);

    public static Question ProposedQuestion(QuestionContent? content = null, Guid? lessonId = null) =>
        Question.Create(lessonId ?? LessonId, Instructor, QuestionOrigin.Generated, content ?? MultipleChoice(), Now);

    public static Question ApprovedQuestion(QuestionContent? content = null, Guid? lessonId = null)
    {
        var question = ProposedQuestion(content, lessonId);
        question.Approve();
        return question;
    }
}
