using IRLearn.Application.Common.Exceptions;
using IRLearn.Application.Common.Interfaces;
using IRLearn.Domain.Attempts;
using IRLearn.Domain.Classrooms;
using IRLearn.Domain.QuestionBank;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Application.Grading.Common;

/// <summary>
/// The one place grading use cases look things up on behalf of an instructor. Anything outside the
/// instructor's own classrooms (or questions) answers "not found", so ids cannot be probed.
/// </summary>
public static class GradingAccess
{
    public static string RequireUser(this ICurrentUser currentUser) =>
        currentUser.UserId ?? throw new UnauthenticatedException();

    public static async Task<Classroom> TaughtClassroomAsync(this IApplicationDbContext db, Guid classroomId, string instructorId, CancellationToken cancellationToken, bool tracked = false)
    {
        var query = tracked ? db.Classrooms : db.Classrooms.AsNoTracking();
        var classroom = await query.FirstOrDefaultAsync(c => c.Id == classroomId, cancellationToken);
        return classroom is not null && classroom.IsInstructor(instructorId)
            ? classroom
            : throw new NotFoundException("Classroom", classroomId);
    }

    public static async Task<(Classroom Classroom, Assignment Assignment)> TaughtAssignmentAsync(this IApplicationDbContext db, Guid assignmentId, string instructorId, CancellationToken cancellationToken)
    {
        var classroom = await db.Classrooms.AsNoTracking().FirstOrDefaultAsync(c => c.Assignments.Any(a => a.Id == assignmentId), cancellationToken);
        return classroom is not null && classroom.IsInstructor(instructorId)
            ? (classroom, classroom.GetAssignment(assignmentId))
            : throw new NotFoundException("Assignment", assignmentId);
    }

    /// <summary>An attempt in one of the instructor's classrooms, tracked so a command can change it, with its audit trail loaded.</summary>
    public static async Task<(Attempt Attempt, Classroom Classroom)> TaughtAttemptAsync(this IApplicationDbContext db, Guid attemptId, string instructorId, CancellationToken cancellationToken, bool tracked = true)
    {
        var attempts = tracked ? db.Attempts : db.Attempts.AsNoTracking();
        var attempt = await attempts.Include(a => a.GradeChanges).FirstOrDefaultAsync(a => a.Id == attemptId, cancellationToken)
            ?? throw new NotFoundException("Attempt", attemptId);
        var classroom = await db.Classrooms.AsNoTracking().FirstOrDefaultAsync(c => c.Id == attempt.ClassroomId, cancellationToken);
        return classroom is not null && classroom.IsInstructor(instructorId)
            ? (attempt, classroom)
            : throw new NotFoundException("Attempt", attemptId);
    }

    /// <summary>Only a question's owner changes its answer key (lessons and their banks are the instructor's own).</summary>
    public static async Task<Question> OwnedQuestionAsync(this IApplicationDbContext db, Guid questionId, string instructorId, CancellationToken cancellationToken, bool tracked = false)
    {
        var questions = tracked ? db.Questions : db.Questions.AsNoTracking();
        var question = await questions.FirstOrDefaultAsync(q => q.Id == questionId, cancellationToken);
        return question is not null && question.OwnerId == instructorId
            ? question
            : throw new NotFoundException("Question", questionId);
    }

    /// <summary>The versions an attempt (or several) showed, by id.</summary>
    public static async Task<Dictionary<Guid, QuestionVersion>> VersionsAsync(this IApplicationDbContext db, IEnumerable<Guid> versionIds, CancellationToken cancellationToken)
    {
        var ids = versionIds.Distinct().ToList();
        return await db.QuestionVersions.AsNoTracking().Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
    }
}
