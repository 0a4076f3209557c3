namespace IRLearn.Application.Learning;

/// <summary>
/// A student's closed attempts, each with whether its feedback and score may be shown now. Progress
/// and the review queue read only through this, so a per-topic percentage or a practice card cannot
/// reveal what the quiz's feedback policy still holds back.
/// </summary>
public sealed class StudentRecord
{
    private StudentRecord(IReadOnlyList<ClosedAttempt> attempts)
    {
        Attempts = attempts;
    }

    public IReadOnlyList<ClosedAttempt> Attempts { get; }

    /// <summary>Questions whose answer key the student may see now (feedback shown on some attempt that contained them).</summary>
    public IReadOnlySet<Guid> RevealedQuestionIds =>
        Attempts.Where(a => a.FeedbackShown).SelectMany(a => a.Attempt.Items.Select(i => i.QuestionId)).ToHashSet();

    public static async Task<StudentRecord> LoadAsync(IApplicationDbContext db, string studentId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var attempts = await db.Attempts.AsNoTracking()
            .Where(a => a.StudentId == studentId && a.Status != AttemptStatus.InProgress)
            .OrderBy(a => a.SubmittedAt)
            .ToListAsync(cancellationToken);
        var quizIds = attempts.Select(a => a.QuizId).Distinct().ToList();
        var quizzes = await db.Quizzes.AsNoTracking().Where(q => quizIds.Contains(q.Id)).ToDictionaryAsync(q => q.Id, cancellationToken);
        var classroomIds = attempts.Select(a => a.ClassroomId).Distinct().ToList();
        var classrooms = await db.Classrooms.AsNoTracking().Where(c => classroomIds.Contains(c.Id)).ToListAsync(cancellationToken);
        var assignments = classrooms.SelectMany(c => c.Assignments).ToDictionary(a => a.Id);

        return new StudentRecord(attempts
            .Select(a =>
            {
                var quiz = quizzes[a.QuizId];
                var policy = quiz.Settings.FeedbackPolicy;
                var dueAt = assignments[a.AssignmentId].EffectiveWindowFor(studentId).DueAt;
                var feedback = a.MayShowFeedback(policy, dueAt, now);
                var graded = a.Status is AttemptStatus.Graded or AttemptStatus.NeedsGrading;
                return new ClosedAttempt(a, quiz.Title, feedback, graded && (feedback || policy == FeedbackPolicy.Never));
            })
            .ToList());
    }
}

public sealed record ClosedAttempt(Attempt Attempt, string QuizTitle, bool FeedbackShown, bool ScoreShown);
