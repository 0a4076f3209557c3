using IRLearn.Domain.Classrooms;
using IRLearn.Domain.Leaderboards;

namespace IRLearn.E2E.Tests.Learn;

/// <summary>A small timed quiz assigned to a demo classroom, inserted through the app's own DbContext (the demo data has none).</summary>
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
        db.Lessons.Add(lesson);

        QuestionContent[] contents =
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
        ];
        var quiz = Quiz.Create(classroom.OwnerId, title, null, now);
        foreach (var content in contents)
        {
            var question = Question.Create(lesson.Id, classroom.OwnerId, QuestionOrigin.Authored, content, now);
            question.Approve();
            db.Questions.Add(question);
            quiz.AddQuestion(question, 1m, now);
        }

        quiz.UpdateSettings(QuizSettings.Create(TimeSpan.FromMinutes(10), 2, true, true, null, null, FeedbackPolicy.AfterSubmission, 50m, GradingMethod.Highest), now);
        quiz.Publish(now);
        db.Quizzes.Add(quiz);
        var assignment = classroom.Assign(quiz.Id, title, now.AddMinutes(-1), now.AddDays(2), now);
        await db.SaveChangesAsync();
        return assignment.Id;
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
