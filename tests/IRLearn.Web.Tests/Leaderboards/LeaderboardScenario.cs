using IRLearn.Domain.Classrooms;
using IRLearn.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace IRLearn.Web.Tests.Leaderboards;

/// <summary>
/// The demo data has no quizzes, so boards are fed through the domain and the app's own DbContext,
/// each write in its own scope as a request would be: a two-question quiz (1 point each, <see cref="QuizScenario"/>),
/// assigned to a classroom, and attempts started, answered, submitted and graded by the domain.
/// </summary>
public static class LeaderboardScenario
{
    public const string Ir101 = "IR 101: Foundations of International Relations";
    public const string Ir230 = "IR 230: Regional Organisations and Diplomacy";

    private static readonly string[] Years = ["1992", "1997"];

    public static async Task<string> UserIdAsync(IServiceProvider services, string email)
    {
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return (await users.FindByEmailAsync(email))!.Id;
    }

    public static async Task<Guid> ClassroomIdAsync(IServiceProvider services, string name)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        return await db.Classrooms.Where(c => c.Name == name).Select(c => c.Id).SingleAsync();
    }

    public static async Task<IReadOnlyList<string>> ActiveStudentIdsAsync(IServiceProvider services, Guid classroomId)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var classroom = await db.Classrooms.SingleAsync(c => c.Id == classroomId);
        return classroom.Enrollments.Where(e => e.IsActive).Select(e => e.StudentId).ToList();
    }

    /// <summary>Creates a published two-question quiz and assigns it to the classroom; returns the assignment's id.</summary>
    public static async Task<Guid> AssignQuizAsync(IServiceProvider services, Guid classroomId, string title = "CICA quiz")
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var now = DateTimeOffset.UtcNow;
        var classroom = await db.Classrooms.SingleAsync(c => c.Id == classroomId);
        var owner = classroom.OwnerId;

        var lesson = Lesson.Create(owner, null, $"{title} lesson", "Kazakhstan and CICA.", now);
        var contents = Years.Select(year => QuestionContent.Create(
            QuestionType.MultipleChoice,
            $"Which year is {year}?",
            options: [new QuestionOption(year, true), new QuestionOption("2001", false)]));
        var settings = QuizSettings.Create(null, null, false, false, null, null, FeedbackPolicy.AfterSubmission, 50m, GradingMethod.Highest);
        var seeded = await QuizScenario.AssignAsync(
            db, classroom, owner, lesson, contents, QuestionOrigin.Authored, settings, new QuizTitles(title, null, title), now.AddHours(-1), now.AddDays(7), now);
        return seeded.Assignment.Id;
    }

    /// <summary>
    /// Starts the student's next attempt at the assignment, answers <paramref name="correct"/> of the
    /// two questions right, submits and grades it, in a scope of its own. Returns the attempt's id.
    /// </summary>
    public static async Task<Guid> TakeAsync(IServiceProvider services, Guid assignmentId, string studentId, int correct)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var now = DateTimeOffset.UtcNow;
        var classroom = await db.Classrooms.AsNoTracking().SingleAsync(c => c.Assignments.Any(a => a.Id == assignmentId));
        var assignment = classroom.GetAssignment(assignmentId);
        var quiz = await db.Quizzes.AsNoTracking().SingleAsync(q => q.Id == assignment.QuizId);
        var questionIds = quiz.Items.Select(i => i.QuestionId).ToList();
        var versions = (await db.QuestionVersions.AsNoTracking().Where(v => questionIds.Contains(v.QuestionId)).ToListAsync())
            .OrderBy(v => v.Content.Stem, StringComparer.Ordinal)
            .ToList();
        var prior = await db.Attempts.CountAsync(a => a.AssignmentId == assignmentId && a.StudentId == studentId);

        var attempt = Attempt.Start(assignment, quiz, studentId, prior, versions.Select(v => new AttemptQuestion(v, 1m)).ToList(), AttemptPolicy.Default, now);
        for (var i = 0; i < versions.Count; i++)
        {
            attempt.SaveAnswer(versions[i].Id, Answer.Choice(i < correct ? 0 : 1), now);
        }

        attempt.Submit(now);
        attempt.Grade(versions.ToDictionary(v => v.Id), now);
        db.Attempts.Add(attempt);
        await db.SaveChangesAsync();
        return attempt.Id;
    }

    /// <summary>An instructor overrides an attempt's total, as the grading screens would.</summary>
    public static async Task OverrideAsync(IServiceProvider services, Guid attemptId, decimal total, string instructorId)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var attempt = await db.Attempts.SingleAsync(a => a.Id == attemptId);
        attempt.OverrideTotal(total, "Re-marked after class discussion", instructorId, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
    }

    public static async Task SetAliasAsync(IServiceProvider services, Guid classroomId, string studentId, string? alias)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var classroom = await db.Classrooms.SingleAsync(c => c.Id == classroomId);
        classroom.SetAlias(studentId, alias);
        await db.SaveChangesAsync();
    }

    public static async Task RemoveStudentAsync(IServiceProvider services, Guid classroomId, string studentId)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var classroom = await db.Classrooms.SingleAsync(c => c.Id == classroomId);
        classroom.RemoveStudent(studentId, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
    }

    public static async Task AddStudentAsync(IServiceProvider services, Guid classroomId, string studentId)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var classroom = await db.Classrooms.SingleAsync(c => c.Id == classroomId);
        classroom.AddStudent(studentId, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
    }
}
