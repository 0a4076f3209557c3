using IRLearn.Application.Classrooms.Queries.GetStudentDashboard;
using IRLearn.Application.Common.Interfaces;
using IRLearn.Application.Common.Security;
using IRLearn.Application.Lessons;
using IRLearn.Domain.Attempts;
using IRLearn.Domain.Grading;
using IRLearn.Domain.Quizzes;
using Mediator;

namespace IRLearn.Application.Attempts.Queries.GetAttempt;

/// <summary>
/// The student's own attempt: to take it (questions in its fixed order, saved answers, time left)
/// or, once closed, to see the score and, as the feedback policy allows, what was right and why.
/// It only reads: callers send <see cref="Commands.CloseExpiredAttempt.CloseExpiredAttemptCommand"/>
/// first, so an attempt past its cut-off is closed before it is shown.
/// </summary>
[Authorize(Roles = Roles.Student)]
public sealed record GetAttemptQuery(Guid AttemptId) : IQuery<AttemptDto>;

public sealed record AttemptDto(
    Guid Id,
    Guid AssignmentId,
    string AssignmentTitle,
    string ClassroomName,
    string QuizTitle,
    int Number,
    AttemptStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset Deadline,
    int SecondsRemaining,
    DateTimeOffset? SubmittedAt,
    bool AutoSubmitted,
    bool IsLate,
    FeedbackPolicy FeedbackPolicy,
    bool FeedbackShown,
    string? FeedbackNote,
    AttemptScoreDto? Score,
    IReadOnlyList<AttemptQuestionDto> Questions,
    IReadOnlyList<LessonLinkDto> Lessons)
{
    public bool IsOpen => Status == AttemptStatus.InProgress;
}

/// <param name="Score">Null while an answer awaits manual grading.</param>
public sealed record AttemptScoreDto(decimal? Score, decimal MaxScore, decimal? Percent, decimal PassingPercent, bool AwaitingManualGrading)
{
    public bool? Passed => Percent is { } percent ? percent >= PassingPercent : null;
}

public sealed class GetAttemptQueryHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IQueryHandler<GetAttemptQuery, AttemptDto>
{
    public async ValueTask<AttemptDto> Handle(GetAttemptQuery query, CancellationToken cancellationToken)
    {
        var studentId = currentUser.Id;
        var now = clock.GetUtcNow();
        var context = await AttemptContext.LoadOwnAsync(db, query.AttemptId, studentId, cancellationToken);

        var attempt = context.Attempt;
        var feedbackShown = context.MayShowFeedback(now);
        var aliases = feedbackShown && attempt.Status == AttemptStatus.InProgress ? await context.AliasesAsync(db, cancellationToken) : AliasMap.Empty;
        var questions = attempt.Items
            .OrderBy(i => i.Order)
            .Select(item =>
            {
                var version = context.Versions[item.QuestionVersionId];
                var response = attempt.ResponseFor(item.QuestionVersionId);
                return QuestionViews.ForItem(item, version, response, FeedbackFor(context, item, response, feedbackShown, aliases));
            })
            .ToList();

        var settings = context.Quiz.Settings;
        var lessons = await db.Lessons.PublishedLinksAsync(context.Quiz.LessonIds, cancellationToken);
        return new AttemptDto(
            attempt.Id,
            attempt.AssignmentId,
            context.Assignment.Title,
            context.Classroom.Name,
            context.Quiz.Title,
            attempt.Number,
            attempt.Status,
            attempt.StartedAt,
            attempt.Deadline,
            (int)Math.Ceiling(attempt.TimeRemaining(now).TotalSeconds),
            attempt.SubmittedAt,
            attempt.AutoSubmitted,
            attempt.IsLate,
            settings.FeedbackPolicy,
            feedbackShown,
            NoteFor(settings.FeedbackPolicy, feedbackShown, context.StudentDueAt),
            context.MayShowScore(now)
                ? new AttemptScoreDto(attempt.FinalScore, attempt.MaxScore, attempt.Percent, settings.PassingScorePercent, attempt.FinalScore is null)
                : null,
            questions,
            lessons);
    }

    private static ItemFeedbackDto? FeedbackFor(AttemptContext context, AttemptItem item, Response? response, bool feedbackShown, AliasMap aliases)
    {
        if (!feedbackShown)
        {
            return null;
        }

        var content = context.Versions[item.QuestionVersionId].Content;
        if (context.Attempt.Status != AttemptStatus.InProgress)
        {
            return QuestionViews.Graded(content, response);
        }

        // Immediate feedback: only for what has been answered, graded on the spot without storing anything.
        return response is null ? null : QuestionViews.Preview(content, item.Points, response.Answer, aliases);
    }

    private static string? NoteFor(FeedbackPolicy policy, bool shown, DateTimeOffset dueAt) => shown
        ? null
        : policy switch
        {
            FeedbackPolicy.AfterSubmission => "Answers and explanations appear once you submit.",
            FeedbackPolicy.AfterDueDate => $"Answers and explanations appear after the due date ({dueAt:ddd d MMM, HH:mm} UTC).",
            FeedbackPolicy.Never => "Your instructor shows only the score for this quiz.",
            _ => null,
        };
}
