using IRLearn.Domain.Classrooms;

namespace IRLearn.Web.Tests.Learn;

/// <summary>
/// The demo data has no lessons or quizzes, so these tests build their own, straight through the
/// app's DbContext (<see cref="QuizScenario"/>): a published lesson with key terms, one approved question of every type, a
/// published quiz and an assignment in IR 101 (or another class). Every key, explanation and source
/// sentence carries a marker that must never reach a student before the feedback policy allows.
/// </summary>
public static class LearnSeed
{
    public const string Ir101Code = "KAZ2EURA";
    public const string Ir230Code = "ASEAN6RX";

    // Markers that only the answer key contains.
    public const string FillAnswer = "Akmolazhar";
    public const decimal NumericAnswer = 7644m;
    public const string ShortAnswer = "CICA";
    public const string ShortAnswerExpansion = "Conference on Interaction and Confidence Building Measures in Asia";
    public const string ExplanationMarker = "EXPLMARK";
    public const string SourceMarker = "SRCMARK";

    public static QuizSettings Settings(
        FeedbackPolicy feedback = FeedbackPolicy.AfterSubmission,
        TimeSpan? timeLimit = null,
        int? attemptsAllowed = null,
        bool shuffle = true) =>
        QuizSettings.Create(timeLimit, attemptsAllowed, shuffle, shuffle, null, null, feedback, 60m, GradingMethod.Highest);

    /// <summary>Builds the lesson, questions, quiz and assignment. Returns ids to drive the tests.</summary>
    public static async Task<SeededQuiz> QuizAsync(
        WebApplicationFactory<Program> factory,
        QuizSettings settings,
        string joinCode = Ir101Code,
        TimeSpan? opensIn = null,
        TimeSpan? dueIn = null)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var classroom = await db.Classrooms.SingleAsync(c => c.JoinCode == JoinCode.Parse(joinCode));
        var ownerId = classroom.OwnerId;

        var lesson = Lesson.Create(ownerId, null, $"Kazakhstan's multi-vector diplomacy {Guid.NewGuid():N}", "How Kazakhstan balances its neighbours.", now);
        lesson.SetSections([new LessonSection("Origins", "Kazakhstan proposed a pan-Asian security forum at the UN in 1992.\nIt moved its capital in 1997.")], now);
        lesson.SetKeyTerms([new KeyTerm(ShortAnswer, ShortAnswerExpansion), new KeyTerm("SCO", "Shanghai Cooperation Organisation")], now);
        lesson.SetObjectives(["Explain multi-vector foreign policy"], now);
        lesson.SetTags(["Kazakhstan"], now);
        lesson.Publish(now);
        var seeded = await QuizScenario.AssignAsync(
            db,
            classroom,
            ownerId,
            lesson,
            Contents(),
            QuestionOrigin.Generated,
            settings,
            new QuizTitles("Kazakhstan basics", "Seven questions, one of each type.", "Week 1 quiz"),
            now + (opensIn ?? TimeSpan.FromMinutes(-1)),
            now + (dueIn ?? TimeSpan.FromDays(3)),
            now);
        return new SeededQuiz(classroom.Id, seeded.Assignment.Id, seeded.Quiz.Id, lesson.Id, seeded.Questions.Select(q => q.Id).ToList());
    }

    public static async Task<string> UserIdAsync(WebApplicationFactory<Program> factory, string email)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        return (await db.Users.SingleAsync(u => u.Email == email)).Id;
    }

    /// <summary>Runs an arbitrary change against the database, as an instructor's use case would.</summary>
    public static async Task ChangeAsync(WebApplicationFactory<Program> factory, Func<ApplicationDbContext, DateTimeOffset, Task> change)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        await change(db, scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow());
        await db.SaveChangesAsync();
    }

    public static async Task<T> ReadAsync<T>(WebApplicationFactory<Program> factory, Func<ApplicationDbContext, Task<T>> read)
    {
        using var scope = factory.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<ApplicationDbContext>());
    }

    private static SourceReference Source(string sentence) => new($"{SourceMarker} {sentence}", 0, sentence.Length);

    // In canonical order; the correct option is deliberately first, as generated banks often have it.
    private static List<QuestionContent> Contents() =>
    [
        QuestionContent.Create(
            QuestionType.MultipleChoice,
            "In what year did Kazakhstan propose the pan-Asian security forum?",
            options: [new("1992", true), new("1997", false), new("2001", false), new("1989", false)],
            explanation: $"{ExplanationMarker}-MC The proposal came in Nazarbayev's first UN speech.",
            source: Source("Kazakhstan proposed a pan-Asian security forum at the UN in 1992."),
            tags: ["CICA", "Kazakhstan"]),
        QuestionContent.Create(
            QuestionType.MultipleResponse,
            "Which of these are Central Asian states?",
            options: [new("Kazakhstan", true), new("Uzbekistan", true), new("Mongolia", false), new("Azerbaijan", false)],
            explanation: $"{ExplanationMarker}-MR The five Central Asian states are the former Soviet 'stans'.",
            source: Source("Kazakhstan and Uzbekistan are the largest Central Asian states."),
            tags: ["Central Asia"]),
        QuestionContent.Create(
            QuestionType.TrueFalse,
            "Kazakhstan moved its capital in 1997.",
            options: [new("True", true), new("False", false)],
            explanation: $"{ExplanationMarker}-TF The capital moved from Almaty.",
            source: Source("It moved its capital in 1997."),
            tags: ["Kazakhstan"]),
        QuestionContent.Create(
            QuestionType.FillInBlank,
            "The new capital was first called ____.",
            acceptedAnswers: [FillAnswer],
            explanation: $"{ExplanationMarker}-FB The city has been renamed several times.",
            source: Source("The new capital was first called by another name."),
            tags: ["Kazakhstan"]),
        QuestionContent.Create(
            QuestionType.Numeric,
            "How many kilometres long is the Kazakhstan–Russia border?",
            numericAnswer: new NumericAnswer(NumericAnswer, 5m),
            explanation: $"{ExplanationMarker}-NU It is one of the longest land borders.",
            source: Source("The border with Russia is among the world's longest."),
            tags: ["Russia", "Kazakhstan"]),
        QuestionContent.Create(
            QuestionType.ShortAnswer,
            "Which forum did Kazakhstan initiate in 1992? Give its name.",
            acceptedAnswers: [ShortAnswer],
            explanation: $"{ExplanationMarker}-SA The forum now has 28 members.",
            source: Source("Kazakhstan initiated the forum in 1992."),
            tags: ["CICA"]),
        QuestionContent.Create(
            QuestionType.Matching,
            "Match each organisation with its type.",
            pairs: [new("Shanghai Cooperation Organisation", "Security bloc"), new("Eurasian Economic Union", "Customs union"), new("Organization of Turkic States", "Cultural league")],
            explanation: $"{ExplanationMarker}-MA Each pairs an acronym with its role.",
            source: Source("Kazakhstan belongs to several regional organisations."),
            tags: ["Regional organisations"]),
    ];
}

/// <param name="QuestionIds">In the quiz's canonical order: MC, MR, TF, fill in, numeric, short answer, matching.</param>
public sealed record SeededQuiz(Guid ClassroomId, Guid AssignmentId, Guid QuizId, Guid LessonId, IReadOnlyList<Guid> QuestionIds);
