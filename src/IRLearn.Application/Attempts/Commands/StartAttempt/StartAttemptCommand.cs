using IRLearn.Application.Common.Access;
using IRLearn.Application.Common.Exceptions;
using IRLearn.Application.Common.Interfaces;
using IRLearn.Application.Common.Security;
using IRLearn.Domain.Attempts;
using IRLearn.Domain.QuestionBank;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Application.Attempts.Commands.StartAttempt;

/// <summary>
/// Starts an attempt at an assignment, or resumes the one still open: pressing "Start" in two tabs
/// must not burn two of the student's attempts.
/// </summary>
[Authorize(Roles = Roles.Student)]
public sealed record StartAttemptCommand(Guid AssignmentId) : ICommand<StartedAttemptDto>;

public sealed record StartedAttemptDto(Guid AttemptId, bool Resumed);

public sealed class StartAttemptCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<StartAttemptCommand, StartedAttemptDto>
{
    public async ValueTask<StartedAttemptDto> Handle(StartAttemptCommand command, CancellationToken cancellationToken)
    {
        var studentId = currentUser.Id;
        var now = clock.GetUtcNow();

        // Only an enrolled student sees the assignment; anyone else gets the same 404 as for a made-up id.
        // The assignment alone (with its overrides), not the classroom with its roster: a lecture hall starts at once.
        var assignment = await db.Classrooms.AsNoTracking().AttendedBy(studentId)
            .SelectMany(c => c.Assignments)
            .Where(a => a.Id == command.AssignmentId)
            .FirstOrNotFoundAsync("Assignment", command.AssignmentId, cancellationToken);

        // The earlier attempts' status and cut-off only: a whole attempt is loaded just to close one whose time ran out.
        var earlier = await db.Attempts.AsNoTracking()
            .TakenBy(studentId).Where(a => a.AssignmentId == assignment.Id)
            .Select(a => new { a.Id, a.Status, a.Deadline, a.GracePeriod })
            .ToListAsync(cancellationToken);
        foreach (var inProgress in earlier.Where(a => a.Status == AttemptStatus.InProgress))
        {
            if (Attempt.IsOpenAt(inProgress.Status, inProgress.Deadline + inProgress.GracePeriod, now))
            {
                return new StartedAttemptDto(inProgress.Id, Resumed: true);
            }

            // Its time ran out while nobody was looking: close and grade it as the clock would have.
            var open = await db.Attempts.FirstAsync(a => a.Id == inProgress.Id, cancellationToken);
            open.ExpireIfDue(now);
            var context = await AttemptAnswers.ForAsync(db, open, cancellationToken);
            await context.GradeIfSubmittedAsync(db, now, cancellationToken);
        }

        var quiz = await db.Quizzes.AsNoTracking().FirstOrDefaultAsync(q => q.Id == assignment.QuizId, cancellationToken)
            ?? throw new NotFoundException("Assignment", command.AssignmentId);
        var lessonIds = quiz.LessonIds.ToList();
        // Each approved question with its current version only, joined on the question's own pointer to it (the
        // version's primary key). Taking each question's highest-numbered version instead made SQLite number every
        // version of every question in the database at every start, so a start grew with the whole bank, not the quiz
        // (issue 16). Identity resolution puts each version into its question's Versions as it materialises them, which
        // is what CurrentVersion reads, so the version stays in the projection; its JSON is parsed for these questions only.
        var rows = await (
                from question in db.Questions.IgnoreAutoIncludes()
                where lessonIds.Contains(question.LessonId) && question.ReviewStatus == ReviewStatus.Approved
                join version in db.QuestionVersions on question.CurrentVersionId equals version.Id
                select new { question, version })
            .AsNoTrackingWithIdentityResolution()
            .ToListAsync(cancellationToken);
        var bank = rows.Select(row => row.question).ToList();

        var attempt = Attempt.Start(assignment, quiz, studentId, earlier.Count, QuestionSelection.For(quiz, bank), AttemptPolicy.Default, now);
        db.Attempts.Add(attempt);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DuplicateException)
        {
            // The unique (assignment, student, number) index caught a second tab (or a double click) starting at the same
            // instant: the student meant one attempt, so this request resumes the one the other request started.
            var started = await db.Attempts.AsNoTracking()
                .TakenBy(studentId).Where(a => a.AssignmentId == assignment.Id && a.Status == AttemptStatus.InProgress)
                .Select(a => (Guid?)a.Id)
                .FirstOrDefaultAsync(cancellationToken)
                ?? throw new ConflictException("Another attempt was started at the same time. Open it from the assignment page.");
            return new StartedAttemptDto(started, Resumed: true);
        }

        return new StartedAttemptDto(attempt.Id, Resumed: false);
    }
}
