using IRLearn.Domain.Classrooms;
using IRLearn.Domain.Leaderboards;

namespace IRLearn.E2E.Tests.Learn;

/// <summary>
/// A small timed quiz assigned to a demo classroom (the demo data has none), built by the <see cref="QuizScenario"/> the Web
/// tests' seeds share, through the app's own DbContext.
/// </summary>
public static class QuizSeed
{
    public const string Explanation = "Nazarbayev proposed it in his first speech at the UN General Assembly.";

    public static async Task<Guid> TimedQuizAsync(IServiceProvider services, string joinCode, string title)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var now = DateTimeOffset.UtcNow;
        var classroom = await db.Classrooms.SingleAsync(c => c.JoinCode == JoinCode.Parse(joinCode));

        var lesson = Lesson.Create(classroom.OwnerId, null, $"{title}: the lesson", "Kazakhstan's security initiatives.", now);
        lesson.SetSections([new LessonSection("CICA", "Kazakhstan proposed CICA at the UN in 1992.")], now);
        lesson.SetKeyTerms([new KeyTerm("CICA", "Conference on Interaction and Confidence Building Measures in Asia")], now);
        lesson.Publish(now);

        var seeded = await QuizScenario.AssignAsync(
            db,
            classroom,
            classroom.OwnerId,
            lesson,
            [
                QuestionContent.Create(
                    QuestionType.MultipleChoice,
                    "In what year did Kazakhstan propose CICA?",
                    options: [new("1992", true), new("1997", false), new("2001", false)],
                    explanation: Explanation,
                    source: new SourceReference("Kazakhstan proposed CICA at the UN in 1992.", 0, 44)),
                QuestionContent.Create(
                    QuestionType.ShortAnswer,
                    "Which forum for Asian security did Kazakhstan propose?",
                    acceptedAnswers: ["CICA"],
                    explanation: "The forum's acronym is CICA."),
            ],
            QuestionOrigin.Authored,
            QuizSettings.Create(TimeSpan.FromMinutes(10), 2, true, true, null, null, FeedbackPolicy.AfterSubmission, 50m, GradingMethod.Highest),
            new QuizTitles(title, null, title),
            now.AddMinutes(-1),
            now.AddDays(2),
            now);
        return seeded.Assignment.Id;
    }

    /// <summary>A league holding the classroom with this join code (the class-against-class board); returns its id.</summary>
    public static async Task<Guid> LeagueAsync(IServiceProvider services, string joinCode, string name)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var now = DateTimeOffset.UtcNow;
        var classroom = await db.Classrooms.SingleAsync(c => c.JoinCode == JoinCode.Parse(joinCode));
        var code = JoinCode.Generate();
        var league = League.Create(name, classroom.OwnerId, code, League.DefaultMinClassSize, null, now);
        league.Join(classroom.Id, code, classroom.OwnerId, now);
        db.Leagues.Add(league);
        await db.SaveChangesAsync();
        return league.Id;
    }

    public static async Task<int> SavedAnswersAsync(IServiceProvider services, Guid attemptId)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        return await db.Attempts.Where(a => a.Id == attemptId).SelectMany(a => a.Responses).CountAsync();
    }
}
