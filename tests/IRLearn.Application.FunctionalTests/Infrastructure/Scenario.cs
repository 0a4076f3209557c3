namespace IRLearn.Application.FunctionalTests.Infrastructure;

/// <summary>
/// "A lesson with every question type, a quiz and an assignment", built the way users build it: every step is a use case
/// sent as the instructor (import, add and approve questions, create, set up and publish the quiz, open a classroom and
/// assign it) and as the student (join). Each call makes fresh rows, so tests sharing one <see cref="TestApp"/> do not meet.
/// </summary>
public static class Scenario
{
    /// <summary>Original prose for the import: short, so the engine's run stays quick.</summary>
    public const string ArticleText =
        "The Baltic Sea states formed a regional council in 1992 to coordinate environmental policy. " +
        "Its secretariat sits in Stockholm and rotates the presidency among members every year. " +
        "Finland proposed the first joint fisheries agreement, and Poland hosted the talks that followed in Gdansk. " +
        "By 2004 the council had eleven members and observers from several distant capitals.";

    public const string ShortAnswerKey = "Stockholm";
    public const string FillInKey = "Gdansk";
    public const decimal NumericKey = 1992m;

    /// <summary>One hand-written question of each type, in this order; choice keys come first among their options.</summary>
    public static IReadOnlyList<QuestionInput> EveryType { get; } =
    [
        new(QuestionType.MultipleChoice, "In which year was the council formed?", Options: [new("1992", true), new("2004", false), new("1989", false)], Explanation: "It was formed in 1992."),
        new(QuestionType.MultipleResponse, "Which states are named in the text?", Options: [new("Finland", true), new("Poland", true), new("Norway", false)]),
        new(QuestionType.TrueFalse, "The presidency rotates every year.", Options: [new("True", true), new("False", false)]),
        new(QuestionType.FillInBlank, "Poland hosted the talks in ____.", AcceptedAnswers: [FillInKey]),
        new(QuestionType.Numeric, "In what year was the council formed?", NumericValue: NumericKey, NumericTolerance: 0m),
        new(QuestionType.ShortAnswer, "Where does the secretariat sit?", AcceptedAnswers: [ShortAnswerKey]),
        new(QuestionType.Matching, "Match each state with its role.", Pairs: [new("Finland", "Proposed the agreement"), new("Poland", "Hosted the talks")]),
    ];

    /// <summary>As the instructor: imports <see cref="ArticleText"/> and adds <see cref="EveryType"/> to its lesson, approved.</summary>
    public static async Task<ScenarioLesson> LessonAsync(TestApp app, string owner = DemoAccounts.Instructor)
    {
        await app.RunAsAsync(owner);
        var imported = await app.SendAsync(ImportArticleCommand.FromText(ArticleText, $"Baltic council {Guid.NewGuid():N}"));
        var ids = new List<Guid>();
        foreach (var question in EveryType)
        {
            ids.Add(await app.SendAsync(new AddQuestionCommand(imported.LessonId, question)));
        }

        await app.SendAsync(new ReviewQuestionsCommand(ids, ReviewDecision.Approve));
        return new ScenarioLesson(imported.ArticleId, imported.LessonId, ids);
    }

    /// <summary>
    /// <see cref="LessonAsync"/>, then a published quiz of its seven questions (one point each, never shuffled, so question
    /// n of an attempt is <see cref="EveryType"/>[n-1]) assigned to a new classroom that <see cref="DemoAccounts.Student"/>
    /// has joined, open since an hour ago and due in three days. Ends signed in as the student.
    /// </summary>
    public static async Task<ScenarioQuiz> AssignedQuizAsync(
        TestApp app,
        FeedbackPolicy feedback = FeedbackPolicy.AfterSubmission,
        int? timeLimitMinutes = null,
        int? attemptsAllowed = null)
    {
        var lesson = await LessonAsync(app);
        var quizId = await app.SendAsync(new CreateQuizCommand("Baltic council quiz", "One question of each type."));
        await app.SendAsync(new AddQuizQuestionsCommand(quizId, lesson.QuestionIds));
        await app.SendAsync(new UpdateQuizSettingsCommand(
            quizId, "Baltic council quiz", "One question of each type.", timeLimitMinutes, attemptsAllowed, false, false, null, null, feedback, 50m, GradingMethod.Highest));
        await app.SendAsync(new SetQuizPublishedCommand(quizId, Published: true));
        var classroomId = await app.SendAsync(new CreateClassroomCommand($"Baltic seminar {Guid.NewGuid():N}"));
        var joinCode = (await app.SendAsync(new GetClassroomQuery(classroomId))).JoinCode;
        var now = app.Now;
        var assignmentId = await app.SendAsync(new AssignQuizCommand(classroomId, quizId, "Week 1", now.AddHours(-1), now.AddDays(3)));

        var studentId = await app.RunAsAsync(DemoAccounts.Student);
        await app.SendAsync(new JoinClassroomCommand(joinCode));
        return new ScenarioQuiz(lesson, quizId, classroomId, joinCode, assignmentId, studentId);
    }

    /// <summary>As the student: starts the assignment and submits it with these answers; returns the attempt's id.</summary>
    public static async Task<Guid> SubmittedAttemptAsync(TestApp app, ScenarioQuiz quiz, params AnswerInput[] answers)
    {
        await app.RunAsAsync(DemoAccounts.Student);
        var started = await app.SendAsync(new StartAttemptCommand(quiz.AssignmentId));
        await app.SendAsync(new SubmitAttemptCommand(started.AttemptId, answers));
        return started.AttemptId;
    }

    /// <summary>Right answers to questions 1 (choice), 3 (true/false) and 5 (numeric): three of seven points.</summary>
    public static AnswerInput[] ThreeRight { get; } = [new(1, Options: [0]), new(3, Options: [0]), new(5, Text: "1992")];
}

/// <param name="QuestionIds">In <see cref="Scenario.EveryType"/>'s order.</param>
public sealed record ScenarioLesson(Guid ArticleId, Guid LessonId, IReadOnlyList<Guid> QuestionIds);

public sealed record ScenarioQuiz(ScenarioLesson Lesson, Guid QuizId, Guid ClassroomId, string JoinCode, Guid AssignmentId, string StudentId);
