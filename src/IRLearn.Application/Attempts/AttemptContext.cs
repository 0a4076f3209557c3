using IRLearn.Application.Common.Access;
using IRLearn.Application.Common.Exceptions;
using IRLearn.Application.Common.Interfaces;
using IRLearn.Domain.Attempts;
using IRLearn.Domain.Classrooms;
using IRLearn.Domain.Grading;
using IRLearn.Domain.QuestionBank;
using IRLearn.Domain.Quizzes;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Application.Attempts;

/// <summary>
/// An attempt with everything needed to show, save or grade it: its quiz (for the feedback policy),
/// its assignment (for the student's own due date) and the exact versions it showed.
/// </summary>
public sealed record AttemptContext(
    Attempt Attempt,
    Quiz Quiz,
    Classroom Classroom,
    Assignment Assignment,
    IReadOnlyDictionary<Guid, QuestionVersion> Versions)
{
    public DateTimeOffset StudentDueAt => Assignment.EffectiveWindowFor(Attempt.StudentId).DueAt;

    public bool MayShowFeedback(DateTimeOffset now) => Attempt.MayShowFeedback(Quiz.Settings.FeedbackPolicy, StudentDueAt, now);

    /// <summary>The score is shown once graded when feedback is allowed, and under "Never", which by definition shows only the score.</summary>
    public bool MayShowScore(DateTimeOffset now) =>
        Attempt.Status is AttemptStatus.Graded or AttemptStatus.NeedsGrading
        && (MayShowFeedback(now) || Quiz.Settings.FeedbackPolicy == FeedbackPolicy.Never);

    /// <summary>
    /// Loads the student's own attempt. Someone else's attempt is reported exactly like a missing
    /// one (404), so attempt ids cannot be probed.
    /// </summary>
    public static async Task<AttemptContext> LoadOwnAsync(IApplicationDbContext db, Guid attemptId, string studentId, bool track, CancellationToken cancellationToken)
    {
        var attempts = track ? db.Attempts : db.Attempts.AsNoTracking();
        var attempt = await attempts.TakenBy(studentId).FirstOrNotFoundAsync(attemptId, cancellationToken);
        return await ForAsync(db, attempt, cancellationToken);
    }

    public static async Task<AttemptContext> ForAsync(IApplicationDbContext db, Attempt attempt, CancellationToken cancellationToken)
    {
        var quiz = await db.Quizzes.AsNoTracking().FirstAsync(q => q.Id == attempt.QuizId, cancellationToken);
        var classroom = await db.Classrooms.AsNoTracking().FirstAsync(c => c.Id == attempt.ClassroomId, cancellationToken);
        var versionIds = attempt.Items.Select(i => i.QuestionVersionId).ToList();
        var versions = await db.QuestionVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        return new AttemptContext(attempt, quiz, classroom, classroom.GetAssignment(attempt.AssignmentId), versions);
    }

    /// <summary>The key terms of the lessons the attempt's questions come from: "CICA" and its expansion are the same answer.</summary>
    public async Task<AliasMap> AliasesAsync(IApplicationDbContext db, CancellationToken cancellationToken)
    {
        var questionIds = Attempt.Items.Select(i => i.QuestionId).ToList();
        var lessonIds = await db.Questions.Where(q => questionIds.Contains(q.Id)).Select(q => q.LessonId).Distinct().ToListAsync(cancellationToken);
        var lessons = await db.Lessons.AsNoTracking().Where(l => lessonIds.Contains(l.Id)).ToListAsync(cancellationToken);
        return AliasMap.FromKeyTerms(lessons.SelectMany(l => l.KeyTerms));
    }

    /// <summary>
    /// Grades a closed attempt that has not been graded yet, in the same unit of work as its
    /// submission, so <see cref="AttemptGraded"/> (leaderboards, review queue) follows every submit.
    /// </summary>
    public async Task GradeIfSubmittedAsync(IApplicationDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (Attempt.Status == AttemptStatus.Submitted)
        {
            Attempt.Grade(Versions, now, await AliasesAsync(db, cancellationToken));
        }
    }

    /// <summary>Applies answers from a form or client; unchanged answers and blank new ones are not written again.</summary>
    public int Apply(IEnumerable<AnswerInput> answers, DateTimeOffset now)
    {
        var saved = 0;
        foreach (var input in answers)
        {
            var item = Attempt.Items.FirstOrDefault(i => i.Order == input.Number)
                ?? throw new Domain.Common.DomainException("attempt.question_not_in_attempt", $"This attempt has no question {input.Number}.");
            var answer = AnswerMapping.ToAnswer(Versions[item.QuestionVersionId].Content.Type, item.OptionOrder, input);
            var existing = Attempt.ResponseFor(item.QuestionVersionId);
            if ((existing is null && answer.IsEmpty) || (existing is not null && existing.Answer.Equals(answer)))
            {
                continue;
            }

            Attempt.SaveAnswer(item.QuestionVersionId, answer, now);
            saved++;
        }

        return saved;
    }
}
