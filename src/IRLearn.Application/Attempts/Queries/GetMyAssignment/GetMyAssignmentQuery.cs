using IRLearn.Application.Classrooms.Queries.GetStudentDashboard;
using IRLearn.Application.Common.Access;
using IRLearn.Application.Common.Exceptions;
using IRLearn.Application.Common.Interfaces;
using IRLearn.Application.Common.Security;
using IRLearn.Application.Lessons;
using IRLearn.Domain.Attempts;
using IRLearn.Domain.Quizzes;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Application.Attempts.Queries.GetMyAssignment;

/// <summary>An assignment from the student's side: the rules that apply to them (with their overrides), whether they can start, and their attempts.</summary>
[Authorize(Roles = Roles.Student)]
public sealed record GetMyAssignmentQuery(Guid AssignmentId) : IQuery<MyAssignmentDto>;

public sealed record MyAssignmentDto(
    Guid Id,
    string Title,
    string ClassroomName,
    string QuizTitle,
    string QuizDescription,
    DateTimeOffset OpensAt,
    DateTimeOffset DueAt,
    int? TimeLimitMinutes,
    int QuestionCount,
    int? AttemptsAllowed,
    int AttemptsUsed,
    FeedbackPolicy FeedbackPolicy,
    Guid? OpenAttemptId,
    string? CannotStartReason,
    IReadOnlyList<MyAttemptDto> Attempts,
    IReadOnlyList<LessonLinkDto> Lessons)
{
    public bool CanStart => OpenAttemptId is null && CannotStartReason is null;
}

/// <param name="Percent">Null until graded, or while the feedback policy keeps the score back.</param>
public sealed record MyAttemptDto(Guid Id, int Number, AttemptStatus Status, DateTimeOffset StartedAt, DateTimeOffset? SubmittedAt, decimal? Percent, bool AutoSubmitted);

public sealed class GetMyAssignmentQueryHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IQueryHandler<GetMyAssignmentQuery, MyAssignmentDto>
{
    public async ValueTask<MyAssignmentDto> Handle(GetMyAssignmentQuery query, CancellationToken cancellationToken)
    {
        var studentId = currentUser.Id;
        var now = clock.GetUtcNow();
        var classroom = await db.Classrooms.AsNoTracking().AttendedBy(studentId)
            .Where(c => c.Assignments.Any(a => a.Id == query.AssignmentId))
            .FirstOrNotFoundAsync("Assignment", query.AssignmentId, cancellationToken);
        var assignment = classroom.GetAssignment(query.AssignmentId);
        var quiz = await db.Quizzes.AsNoTracking().FirstAsync(q => q.Id == assignment.QuizId, cancellationToken);
        var attempts = await db.Attempts.AsNoTracking()
            .TakenBy(studentId).Where(a => a.AssignmentId == assignment.Id)
            .OrderBy(a => a.Number)
            .ToListAsync(cancellationToken);

        var lessons = await db.Lessons.PublishedLinksAsync(quiz.LessonIds, cancellationToken);

        var window = assignment.EffectiveWindowFor(studentId);
        var settings = quiz.Settings;
        var studentOverride = assignment.OverrideFor(studentId);
        var allowed = settings.AttemptsAllowed + (studentOverride?.ExtraAttempts ?? 0);
        var timeLimit = settings.TimeLimit + (studentOverride?.ExtraTime ?? TimeSpan.Zero);
        var open = attempts.Find(a => a.IsOpenAt(now));

        var feedbackShown = (Attempt a) => a.MayShowFeedback(settings.FeedbackPolicy, window.DueAt, now) || settings.FeedbackPolicy == FeedbackPolicy.Never;
        return new MyAssignmentDto(
            assignment.Id,
            assignment.Title,
            classroom.Name,
            quiz.Title,
            quiz.Description,
            window.OpensAt,
            window.DueAt,
            timeLimit is { } limit ? (int)Math.Ceiling(limit.TotalMinutes) : null,
            quiz.Items.Count + quiz.DrawRules.Sum(r => r.Count),
            allowed,
            attempts.Count,
            settings.FeedbackPolicy,
            open?.Id,
            ReasonCannotStart(quiz, window.OpensAt, window.DueAt, allowed, attempts.Count, now),
            attempts.Select(a => new MyAttemptDto(
                a.Id,
                a.Number,
                a.Status,
                a.StartedAt,
                a.SubmittedAt,
                feedbackShown(a) ? a.Percent : null,
                a.AutoSubmitted)).ToList(),
            lessons);
    }

    // The same rules Attempt.Start enforces, phrased for the page before the student presses the button.
    private static string? ReasonCannotStart(Quiz quiz, DateTimeOffset opensAt, DateTimeOffset dueAt, int? allowed, int used, DateTimeOffset now) =>
        quiz.Status != QuizStatus.Published ? "This quiz is not available right now."
        : !quiz.Settings.IsAvailableAt(now) ? "This quiz is not available right now."
        : now < opensAt ? $"This assignment opens {opensAt:ddd d MMM, HH:mm} UTC."
        : now >= dueAt ? "This assignment is past its due date."
        : allowed is { } max && used >= max ? "You have used all your attempts."
        : null;
}
