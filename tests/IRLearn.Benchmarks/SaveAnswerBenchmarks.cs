using BenchmarkDotNet.Attributes;
using IRLearn.Application.Attempts;
using IRLearn.Application.Attempts.Commands.SaveAnswers;
using IRLearn.Application.Common.Interfaces;
using IRLearn.Application.Common.Telemetry;
using IRLearn.Domain.Attempts;
using IRLearn.Domain.Classrooms;
using IRLearn.Domain.QuestionBank;
using IRLearn.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IRLearn.Benchmarks;

/// <summary>
/// One answer saved to a 20-question attempt whose every question is already answered, on a real SQLite
/// file configured as the app configures it, each save in its own DbContext as in a request. The baseline
/// is the save as it was before issue 16 (the whole attempt, every response and every version loaded),
/// so the allocation per save reads side by side with what it replaced.
/// </summary>
[MemoryDiagnoser]
public class SaveAnswerBenchmarks
{
    private const string StudentId = "benchmark-student";
    private BenchmarkDatabase _database = null!;
    private DbContextOptions<ApplicationDbContext> _options = null!;
    // The app leases its contexts from a pool (issue 16); the baseline built a new one for every save, as the app did then.
    private PooledDbContextFactory<ApplicationDbContext> _pool = null!;
    // The app's meter with nobody listening, as in a deployment without an OTLP endpoint.
    private ServiceProvider _metrics = null!;
    private IRLearnTelemetry _telemetry = null!;
    private Guid _attemptId;
    private int _textNumber;
    private int _counter;

    [GlobalSetup]
    public void Setup()
    {
        _metrics = new ServiceCollection().AddMetrics().AddSingleton(TimeProvider.System).AddSingleton<IRLearnTelemetry>().BuildServiceProvider();
        _telemetry = _metrics.GetRequiredService<IRLearnTelemetry>();
        _database = new BenchmarkDatabase();
        _options = _database.Options;
        _pool = new PooledDbContextFactory<ApplicationDbContext>(_options);
        using var db = new ApplicationDbContext(_options);

        var now = DateTimeOffset.UtcNow;
        var (lesson, quiz, questions) = BenchmarkDatabase.PublishedQuiz(now);
        var classroom = Classroom.Create("Benchmark class", BenchmarkDatabase.Instructor, JoinCode.Generate(), now);
        classroom.Join(StudentId, classroom.JoinCode, now);
        var assignment = classroom.Assign(quiz.Id, "Benchmark", now.AddHours(-1), now.AddDays(7), now);
        var attempt = Attempt.Start(assignment, quiz, StudentId, 0, questions.Select(q => new AttemptQuestion(q.CurrentVersion, 1m)).ToList(), AttemptPolicy.Default, now);
        foreach (var item in attempt.Items)
        {
            attempt.SaveAnswer(item.QuestionVersionId, item.Order % 2 == 0 ? Answer.Choice(0) : Answer.FromText("first answer"), now);
        }

        db.Lessons.Add(lesson);
        db.Questions.AddRange(questions);
        db.Quizzes.Add(quiz);
        db.Classrooms.Add(classroom);
        db.Attempts.Add(attempt);
        db.SaveChanges();
        _attemptId = attempt.Id;
        _textNumber = attempt.Items.First(i => questions.Single(q => q.CurrentVersionId == i.QuestionVersionId).CurrentVersion.Content.Type == QuestionType.ShortAnswer).Order;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _metrics.Dispose();
        _database.Delete();
    }

    /// <summary>The save before issue 16: the whole attempt with every response, and every version it showed.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> WholeAttempt()
    {
        await using var db = new ApplicationDbContext(_options);
        var context = await AttemptAnswers.LoadOwnAsync(db, _attemptId, StudentId, track: true, CancellationToken.None);
        context.Apply([NextAnswer()], DateTimeOffset.UtcNow);
        return await db.SaveChangesAsync();
    }

    /// <summary>The handler as the API runs it (without the HTTP and Mediator pipeline around it), on a pooled context.</summary>
    [Benchmark]
    public async Task<int> Handler()
    {
        await using var db = _pool.CreateDbContext();
        return await SaveAsync(db);
    }

    /// <summary>The same handler on a context built for the save, to show what the pool saves.</summary>
    [Benchmark]
    public async Task<int> HandlerNewContext()
    {
        await using var db = new ApplicationDbContext(_options);
        return await SaveAsync(db);
    }

    private async Task<int> SaveAsync(ApplicationDbContext db)
    {
        var handler = new SaveAnswersCommandHandler(db, new Student(), TimeProvider.System, _telemetry);
        var saved = await handler.Handle(new SaveAnswersCommand(_attemptId, [NextAnswer()]), CancellationToken.None);
        return saved.Saved.Count;
    }

    // A new text every time, so every save is a real write.
    private AnswerInput NextAnswer() => new(_textNumber, Text: $"answer {++_counter}");

    private sealed class Student : ICurrentUser
    {
        public string Id => StudentId;

        public string? UserId => StudentId;

        public bool IsAuthenticated => true;

        public bool IsInRole(string role) => role == "Student";
    }
}
