using IRLearn.Application.Common.Interfaces;
using IRLearn.Domain.Lessons;
using IRLearn.Domain.QuestionBank;
using IRLearn.Domain.Quizzes;
using IRLearn.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Benchmarks;

/// <summary>
/// A real SQLite file configured as the app configures it (WAL, the same connection string rules), migrated, and the
/// handlers' benchmarks' shared content: a published quiz of <see cref="Questions"/> approved questions, half choice and
/// half typed (a choice version carries options, a typed one accepted answers).
/// </summary>
internal sealed class BenchmarkDatabase
{
    public const int Questions = 20;

    public const string Instructor = "benchmark-instructor";

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"irlearn-bench-{Guid.NewGuid():N}.db");

    public BenchmarkDatabase()
    {
        Options = new DbContextOptionsBuilder<ApplicationDbContext>()
            .UseProvider(DatabaseProvider.Sqlite, ProviderSetup.ResolveSqliteConnectionString($"Data Source={_path}", Path.GetTempPath()))
            .AddInterceptors(new SqliteWalInterceptor())
            .Options;
        using var db = new ApplicationDbContext(Options);
        db.Database.Migrate();
    }

    public DbContextOptions<ApplicationDbContext> Options { get; }

    /// <summary>A lesson and its published quiz; the caller adds both, and the questions, to its context.</summary>
    public static (Lesson Lesson, Quiz Quiz, List<Question> Questions) PublishedQuiz(DateTimeOffset now)
    {
        var lesson = Lesson.Create(Instructor, null, "Benchmark lesson", null, now);
        var quiz = Quiz.Create(Instructor, "Benchmark quiz", null, now);
        var questions = Enumerable.Range(1, Questions).Select(i =>
        {
            var content = i % 2 == 0
                ? QuestionContent.Create(QuestionType.MultipleChoice, $"Which option is number {i}?", options: [new($"Option {i}", true), new("Another", false), new("A third", false)])
                : QuestionContent.Create(QuestionType.ShortAnswer, $"Name the body in clause {i}.", acceptedAnswers: [$"Body {i}"]);
            var question = Question.Create(lesson.Id, Instructor, QuestionOrigin.Authored, content, now);
            question.Approve();
            quiz.AddQuestion(question, 1m, now);
            return question;
        }).ToList();
        quiz.Publish(now);
        return (lesson, quiz, questions);
    }

    /// <summary>Closes the pooled connections and deletes the file with its WAL and shared-memory files.</summary>
    public void Delete()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }
}
