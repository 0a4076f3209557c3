using IRLearn.Domain.Classrooms;
using IRLearn.Domain.Lessons;
using IRLearn.Domain.QuestionBank;
using IRLearn.Domain.Quizzes;
using IRLearn.Infrastructure.Persistence;

namespace IRLearn.Testing;

/// <summary>
/// "A lesson's questions in a published quiz, assigned to a classroom", written through the domain and the app's own
/// DbContext in one save, for tests whose subject comes after it (the demo data has no quizzes). The caller chooses the
/// lesson, the questions (of the given origin, added approved, one point each, in the order given), the settings and the window; the Web
/// tests' LearnSeed, GradingScenario and LeaderboardScenario and the E2E tests' QuizSeed build on it.
/// </summary>
public static class QuizScenario
{
    public static async Task<AssignedQuiz> AssignAsync(
        ApplicationDbContext db,
        Classroom classroom,
        string ownerId,
        Lesson lesson,
        IEnumerable<QuestionContent> contents,
        QuestionOrigin origin,
        QuizSettings settings,
        QuizTitles titles,
        DateTimeOffset opensAt,
        DateTimeOffset dueAt,
        DateTimeOffset now)
    {
        db.Lessons.Add(lesson);
        var quiz = Quiz.Create(ownerId, titles.Quiz, titles.Description, now);
        var questions = new List<Question>();
        foreach (var content in contents)
        {
            var question = Question.Create(lesson.Id, ownerId, origin, content, now);
            question.Approve();
            db.Questions.Add(question);
            quiz.AddQuestion(question, 1m, now);
            questions.Add(question);
        }

        quiz.UpdateSettings(settings, now);
        quiz.Publish(now);
        db.Quizzes.Add(quiz);
        var assignment = classroom.Assign(quiz.Id, titles.Assignment, opensAt, dueAt, now);
        await db.SaveChangesAsync();
        return new AssignedQuiz(quiz, questions, assignment);
    }
}

public sealed record QuizTitles(string Quiz, string? Description, string Assignment);

/// <param name="Questions">In the order they were given, which is the quiz's order.</param>
public sealed record AssignedQuiz(Quiz Quiz, IReadOnlyList<Question> Questions, Assignment Assignment);
