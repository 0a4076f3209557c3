using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using IRLearn.Application.Attempts.Commands.StartAttempt;
using IRLearn.Application.Common.Interfaces;
using IRLearn.Domain.Classrooms;
using IRLearn.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace IRLearn.Benchmarks;

/// <summary>
/// A student's first start of a 20-question assignment in a class of a few thousand, on a real SQLite file configured as
/// the app configures it, each start in a pooled DbContext as in a request (issue 16, the start-attempt burst). Every
/// invocation is a different student, so each one is a real start (a second one would resume): the runs are fixed in
/// length and the roster is larger than all of them together. The database also holds 100 other lessons' banks of 20
/// questions, as a school's would. In process: on the shared 2-core box the separate build BenchmarkDotNet makes for each
/// job outlasted its two-minute limit.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(FixedRunsInProcess))]
public class StartAttemptBenchmarks
{
    private const int Invocations = 256;
    private const int Students = (2 + 8 + 1) * Invocations * 2;
    private const int OtherLessons = 100;
    private BenchmarkDatabase _database = null!;
    private PooledDbContextFactory<ApplicationDbContext> _pool = null!;
    private Guid _assignmentId;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _database = new BenchmarkDatabase();
        var options = _database.Options;
        _pool = new PooledDbContextFactory<ApplicationDbContext>(options);
        using var db = new ApplicationDbContext(options);

        var now = DateTimeOffset.UtcNow;
        var (lesson, quiz, questions) = BenchmarkDatabase.PublishedQuiz(now);
        var classroom = Classroom.Create("Benchmark class", BenchmarkDatabase.Instructor, JoinCode.Generate(), now);
        for (var i = 0; i < Students; i++)
        {
            classroom.Join(StudentId(i), classroom.JoinCode, now);
        }

        _assignmentId = classroom.Assign(quiz.Id, "Benchmark", now.AddHours(-1), now.AddDays(7), now).Id;
        db.Lessons.Add(lesson);
        db.Questions.AddRange(questions);
        db.Quizzes.Add(quiz);
        db.Classrooms.Add(classroom);
        db.SaveChanges();

        // The rest of the database's bank: other lessons' questions, which a start must not read (each start once read
        // every version in the database to find the current ones).
        for (var i = 0; i < OtherLessons; i++)
        {
            var (otherLesson, otherQuiz, otherQuestions) = BenchmarkDatabase.PublishedQuiz(now);
            db.Lessons.Add(otherLesson);
            db.Questions.AddRange(otherQuestions);
            db.Quizzes.Add(otherQuiz);
        }

        db.SaveChanges();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _database.Delete();
    }

    /// <summary>The handler as the API runs it (without the HTTP and Mediator pipeline around it).</summary>
    [Benchmark]
    public async Task<Guid> Handler()
    {
        var student = StudentId(_next++);
        await using var db = _pool.CreateDbContext();
        var started = await new StartAttemptCommandHandler(db, new Student(student), TimeProvider.System)
            .Handle(new StartAttemptCommand(_assignmentId), CancellationToken.None);
        return started.Resumed ? throw new InvalidOperationException($"{student} resumed instead of starting.") : started.AttemptId;
    }

    private static string StudentId(int number) => $"benchmark-student-{number}";

    private sealed class FixedRunsInProcess : ManualConfig
    {
        public FixedRunsInProcess() =>
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
                .WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(8).WithInvocationCount(Invocations));
    }

    private sealed class Student(string id) : ICurrentUser
    {
        public string Id => id;

        public string? UserId => id;

        public bool IsAuthenticated => true;

        public bool IsInRole(string role) => role == "Student";
    }
}
