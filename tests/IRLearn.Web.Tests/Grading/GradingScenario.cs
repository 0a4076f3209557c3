using IRLearn.Application.Common.Interfaces;
using IRLearn.Domain.Classrooms;
using IRLearn.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace IRLearn.Web.Tests.Grading;

/// <summary>How one student answers the scenario's quiz: everything right or wrong, and what they type for the short answer.</summary>
public sealed record StudentWork(string Email, bool Correct, string ShortAnswer = "CICA", bool Submit = true);

/// <summary>
/// Builds, through the domain and the app's own DbContext (<see cref="QuizScenario"/>), a lesson with one question of
/// every type (1 point each), a published quiz assigned to a demo classroom, and graded attempts. The demo
/// data has no quizzes, so every grading test starts here.
/// </summary>
public sealed class GradingScenario
{
    public const string ShortAnswerKey = "CICA";

    public Guid ClassroomId { get; private init; }

    public Guid AssignmentId { get; private init; }

    public Guid QuizId { get; private init; }

    public Dictionary<QuestionType, Question> Questions { get; } = [];

    /// <summary>Attempt ids by student e-mail.</summary>
    public Dictionary<string, Guid> Attempts { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, string> UserIds { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Guid ShortAnswerVersionId => Questions[QuestionType.ShortAnswer].CurrentVersionId;

    public static async Task<GradingScenario> CreateAsync(
        WebApplicationFactory<Program> factory,
        IReadOnlyList<StudentWork> students,
        string instructorEmail = "instructor@irlearn.test",
        string classroomPrefix = "IR 101",
        GradingMethod method = GradingMethod.Highest)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var now = DateTimeOffset.UtcNow;
        var instructorId = (await users.FindByEmailAsync(instructorEmail))!.Id;

        var lesson = Lesson.Create(instructorId, null, $"CICA lesson {Guid.NewGuid():N}", "Kazakhstan and CICA.", now);
        var source = new SourceReference("Kazakhstan initiated CICA in 1992.", 0, 34);
        var contents = new Dictionary<QuestionType, QuestionContent>
        {
            [QuestionType.MultipleChoice] = QuestionContent.Create(QuestionType.MultipleChoice, "In what year did Kazakhstan initiate CICA?", options: [new("1992", true), new("1997", false), new("2001", false)], source: source),
            [QuestionType.MultipleResponse] = QuestionContent.Create(QuestionType.MultipleResponse, "Which are Central Asian states?", options: [new("Kazakhstan", true), new("Uzbekistan", true), new("Norway", false)], source: source),
            [QuestionType.TrueFalse] = QuestionContent.Create(QuestionType.TrueFalse, "Kazakhstan initiated CICA in 1992.", options: [new("True", true), new("False", false)], source: source),
            [QuestionType.FillInBlank] = QuestionContent.Create(QuestionType.FillInBlank, "Kazakhstan initiated _____ in 1992.", acceptedAnswers: ["CICA"], source: source),
            [QuestionType.Numeric] = QuestionContent.Create(QuestionType.Numeric, "In what year was CICA initiated?", numericAnswer: new NumericAnswer(1992m, 0m), source: source),
            [QuestionType.ShortAnswer] = QuestionContent.Create(QuestionType.ShortAnswer, "Which conference did Kazakhstan initiate in 1992?", acceptedAnswers: [ShortAnswerKey], explanation: "The article names CICA.", source: source),
            [QuestionType.Matching] = QuestionContent.Create(QuestionType.Matching, "Match the acronyms.", pairs: [new("CICA", "Asian confidence building"), new("SCO", "Shanghai Cooperation Organisation")], source: source),
        };

        var classroom = await db.Classrooms.FirstAsync(c => c.Name.StartsWith(classroomPrefix));
        var seeded = await QuizScenario.AssignAsync(
            db,
            classroom,
            instructorId,
            lesson,
            contents.Values,
            QuestionOrigin.Authored,
            QuizSettings.Create(null, null, false, false, null, null, FeedbackPolicy.AfterSubmission, 50m, method),
            new QuizTitles($"CICA quiz {Guid.NewGuid():N}", null, "CICA check"),
            now.AddHours(-1),
            now.AddDays(7),
            now);
        var quiz = seeded.Quiz;
        var assignment = seeded.Assignment;
        var scenarioQuestions = contents.Keys.Zip(seeded.Questions).ToDictionary(p => p.First, p => p.Second);

        var scenario = new GradingScenario { ClassroomId = classroom.Id, AssignmentId = assignment.Id, QuizId = quiz.Id };
        foreach (var (type, question) in scenarioQuestions)
        {
            scenario.Questions[type] = question;
        }

        var questions = scenarioQuestions.Values.Select(q => new AttemptQuestion(q.CurrentVersion, 1m)).ToList();
        var versions = scenarioQuestions.Values.ToDictionary(q => q.CurrentVersionId, q => q.CurrentVersion);
        // A student listed twice takes a second attempt (the quiz allows any number).
        var started = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var work in students)
        {
            var studentId = (await users.FindByEmailAsync(work.Email))!.Id;
            scenario.UserIds[work.Email] = studentId;
            var prior = started.GetValueOrDefault(work.Email);
            started[work.Email] = prior + 1;
            var attempt = Attempt.Start(assignment, quiz, studentId, prior, questions, AttemptPolicy.Default, now);
            var at = now;
            foreach (var (type, question) in scenarioQuestions)
            {
                at = at.AddSeconds(30);
                attempt.SaveAnswer(question.CurrentVersionId, AnswerFor(type, work), at);
            }

            if (work.Submit)
            {
                attempt.Submit(at.AddSeconds(5));
                attempt.Grade(versions, at.AddSeconds(5));
            }

            db.Attempts.Add(attempt);
            scenario.Attempts[work.Email] = attempt.Id;
        }

        await db.SaveChangesAsync();
        return scenario;
    }

    /// <summary>Adds a student with the given display name to a classroom (for CSV names that need escaping).</summary>
    public static async Task<string> AddStudentAsync(WebApplicationFactory<Program> factory, Guid classroomId, string email, string displayName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var identity = scope.ServiceProvider.GetRequiredService<IIdentityService>();
        var outcome = await identity.CreateUserAsync(email, displayName, "Student-Pass-2026", "Student");
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var classroom = await db.Classrooms.FirstAsync(c => c.Id == classroomId);
        classroom.AddStudent(outcome.UserId!, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        return outcome.UserId!;
    }

    public async Task<Attempt> LoadAttemptAsync(WebApplicationFactory<Program> factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        return await db.Attempts.AsNoTracking().Include(a => a.GradeChanges).FirstAsync(a => a.Id == Attempts[email]);
    }

    /// <summary>Fixes the multiple-choice question's key (1997 becomes the right option): a new version to regrade against.</summary>
    public static async Task FixKeyAsync(WebApplicationFactory<Program> factory, Guid questionId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var question = await db.Questions.FirstAsync(q => q.Id == questionId);
        var c = question.CurrentVersion.Content;
        question.Edit(QuestionContent.Create(c.Type, c.Stem, options: [new("1992", false), new("1997", true), new("2001", false)], source: c.Source), DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
    }

    private static Answer AnswerFor(QuestionType type, StudentWork work) => type switch
    {
        QuestionType.MultipleChoice => Answer.Choice(work.Correct ? 0 : 1),
        QuestionType.MultipleResponse => work.Correct ? Answer.Choice(0, 1) : Answer.Choice(2),
        QuestionType.TrueFalse => Answer.Choice(work.Correct ? 0 : 1),
        QuestionType.FillInBlank => Answer.FromText(work.Correct ? "CICA" : "NATO"),
        QuestionType.Numeric => Answer.FromNumber(work.Correct ? 1992m : 1997m),
        QuestionType.ShortAnswer => Answer.FromText(work.ShortAnswer),
        _ => work.Correct ? Answer.FromMatches(new MatchSelection(0, 0), new MatchSelection(1, 1)) : Answer.FromMatches(new MatchSelection(0, 1), new MatchSelection(1, 0)),
    };
}
