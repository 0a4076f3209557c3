using IRLearn.Domain.Articles;
using IRLearn.Domain.Attempts;
using IRLearn.Domain.Classrooms;
using IRLearn.Domain.Lessons;
using IRLearn.Domain.QuestionBank;
using IRLearn.Domain.Quizzes;

namespace IRLearn.Infrastructure.Tests.Persistence;

/// <summary>One of every aggregate, wired together the way the product uses them.</summary>
public sealed class DomainGraph
{
    public static readonly DateTimeOffset Now = new(2026, 10, 13, 9, 0, 0, TimeSpan.Zero);

    public const string InstructorId = "instructor-1";
    public const string StudentId = "student-1";

    private DomainGraph()
    {
    }

    public Article Article { get; private init; } = null!;

    public Lesson Lesson { get; private init; } = null!;

    public Question ChoiceQuestion { get; private init; } = null!;

    public Question NumericQuestion { get; private init; } = null!;

    public Quiz Quiz { get; private init; } = null!;

    public Classroom Classroom { get; private init; } = null!;

    public Assignment Assignment { get; private init; } = null!;

    public Attempt Attempt { get; private init; } = null!;

    /// <summary>The graph's aggregate roots, in the order a context adds them (the assignment is part of the classroom).</summary>
    public object[] Aggregates => [Article, Lesson, ChoiceQuestion, NumericQuestion, Quiz, Classroom, Attempt];

    public static DomainGraph Build()
    {
        var article = Article.Import(InstructorId, "Kazakhstan between East and West", "A. Writer", "https://example.org/a",
            "Raw text.\n\n[Image by someone]", "Kazakhstan initiated CICA in 1992.", ["[Image by someone]"], Now);

        var lesson = Lesson.Create(InstructorId, article.Id, "Kazakhstan's foreign policy", "A bridge between East and West.", Now);
        lesson.SetSections([new LessonSection("Multilateralism", "Kazakhstan initiated CICA in 1992.")], Now);
        lesson.SetKeyTerms([new KeyTerm("CICA", "Conference on Interaction and Confidence Building Measures in Asia")], Now);
        lesson.SetTags(["Kazakhstan", "CICA"], Now);

        var choice = Question.Create(lesson.Id, InstructorId, QuestionOrigin.Generated, QuestionContent.Create(
            QuestionType.MultipleChoice,
            "In what year did Kazakhstan initiate CICA?",
            options: [new QuestionOption("1992", true), new QuestionOption("1997", false), new QuestionOption("2001", false)],
            explanation: "The article says CICA was initiated in 1992.",
            source: new SourceReference("Kazakhstan initiated CICA in 1992.", 0, 34),
            difficulty: Difficulty.Easy,
            tags: ["CICA"]), Now);
        choice.Approve();

        var numeric = Question.Create(lesson.Id, InstructorId, QuestionOrigin.Authored, QuestionContent.Create(
            QuestionType.Numeric,
            "About what percentage of Europe–Asia road traffic crosses Kazakhstan?",
            numericAnswer: new NumericAnswer(80m, 5m),
            difficulty: Difficulty.Medium), Now);
        numeric.Approve();

        var quiz = Quiz.Create(InstructorId, "CICA and corridors", "Week 3", Now);
        quiz.AddLesson(lesson.Id, Now);
        quiz.AddQuestion(choice, 1m, Now);
        quiz.AddQuestion(numeric, 2m, Now);
        quiz.UpdateSettings(QuizSettings.Create(TimeSpan.FromMinutes(20), 2, shuffleQuestions: true, shuffleOptions: true, null, null, FeedbackPolicy.AfterSubmission, 60m, GradingMethod.Highest), Now);
        quiz.Publish(Now);

        var classroom = Classroom.Create("IR 101", InstructorId, JoinCode.Parse("KAZ2EURA"), Now);
        classroom.Join(StudentId, JoinCode.Parse("kaz2-eura"), Now);
        var assignment = classroom.Assign(quiz.Id, "Quiz 1", Now.AddHours(-1), Now.AddDays(7), Now);
        classroom.SetOverride(assignment.Id, StudentId, TimeSpan.FromMinutes(10), 1, null, "Extra time accommodation", InstructorId, Now);

        var attempt = Attempt.Start(
            assignment,
            quiz,
            StudentId,
            priorAttempts: 0,
            [new AttemptQuestion(choice.CurrentVersion, 1m), new AttemptQuestion(numeric.CurrentVersion, 2m)],
            AttemptPolicy.Default,
            Now,
            max => max - 1);

        return new DomainGraph
        {
            Article = article,
            Lesson = lesson,
            ChoiceQuestion = choice,
            NumericQuestion = numeric,
            Quiz = quiz,
            Classroom = classroom,
            Assignment = assignment,
            Attempt = attempt,
        };
    }
}
