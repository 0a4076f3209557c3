using IRLearn.Application.Common.Interfaces;
using IRLearn.Domain.Attempts;
using IRLearn.Domain.Classrooms;
using IRLearn.Domain.Grading;
using IRLearn.Domain.QuestionBank;
using IRLearn.Domain.Quizzes;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Application.Attempts;

/// <summary>
/// An attempt with everything needed to show it: its answers and versions, its quiz (for the
/// feedback policy) and its assignment (for the student's own due date).
/// </summary>
public sealed record AttemptContext(AttemptAnswers Answers, Quiz Quiz, Classroom Classroom, Assignment Assignment)
{
    public Attempt Attempt => Answers.Attempt;

    public IReadOnlyDictionary<Guid, QuestionVersion> Versions => Answers.Versions;

    public DateTimeOffset StudentDueAt => Assignment.EffectiveWindowFor(Attempt.StudentId).DueAt;

    public bool MayShowFeedback(DateTimeOffset now) => Attempt.MayShowFeedback(Quiz.Settings.FeedbackPolicy, StudentDueAt, now);

    /// <summary>The score is shown once graded when feedback is allowed, and under "Never", which by definition shows only the score.</summary>
    public bool MayShowScore(DateTimeOffset now) =>
        Attempt.Status is AttemptStatus.Graded or AttemptStatus.NeedsGrading
        && (MayShowFeedback(now) || Quiz.Settings.FeedbackPolicy == FeedbackPolicy.Never);

    /// <summary>Loads the student's own attempt to show it (untracked: showing never writes); someone else's answers 404.</summary>
    public static async Task<AttemptContext> LoadOwnAsync(IApplicationDbContext db, Guid attemptId, string studentId, CancellationToken cancellationToken)
    {
        var answers = await AttemptAnswers.LoadOwnAsync(db, attemptId, studentId, track: false, cancellationToken);
        var attempt = answers.Attempt;
        var quiz = await db.Quizzes.AsNoTracking().FirstAsync(q => q.Id == attempt.QuizId, cancellationToken);
        var classroom = await db.Classrooms.AsNoTracking().FirstAsync(c => c.Id == attempt.ClassroomId, cancellationToken);
        return new AttemptContext(answers, quiz, classroom, classroom.GetAssignment(attempt.AssignmentId));
    }

    public Task<AliasMap> AliasesAsync(IApplicationDbContext db, CancellationToken cancellationToken) => Answers.AliasesAsync(db, cancellationToken);
}
