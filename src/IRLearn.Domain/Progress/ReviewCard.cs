using IRLearn.Domain.Common;

namespace IRLearn.Domain.Progress;

/// <summary>
/// A missed question in a student's spaced-repetition review queue, scheduled with SM-2
/// (Wozniak, SuperMemo 2). We chose SM-2 over FSRS because it is simple, transparent and
/// well known: its four numbers can be explained to a student and checked by hand, and it needs no
/// trained parameters. Practice here never changes grades.
/// <para>
/// After a review of quality q (0–5): if q &lt; 3 the card lapses (repetitions back to 0, next
/// review in 1 day); otherwise repetitions grows and the interval is 1 day, then 6 days, then the
/// previous interval × ease factor (rounded). The ease factor changes by
/// 0.1 − (5 − q)(0.08 + (5 − q)·0.02), never below 1.3.
/// </para>
/// </summary>
public sealed class ReviewCard : AggregateRoot
{
    public const double InitialEaseFactor = 2.5;
    public const double MinimumEaseFactor = 1.3;

    private ReviewCard()
    {
    }

    private ReviewCard(Guid id)
        : base(id)
    {
    }

    public string StudentId { get; private set; } = string.Empty;

    public Guid QuestionId { get; private set; }

    public DateTimeOffset Due { get; private set; }

    public int IntervalDays { get; private set; }

    public double EaseFactor { get; private set; }

    /// <summary>Successful reviews in a row.</summary>
    public int Repetitions { get; private set; }

    /// <summary>How many times the card was forgotten after being learned.</summary>
    public int Lapses { get; private set; }

    public DateTimeOffset? LastReviewedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public bool IsDue(DateTimeOffset now) => Due <= now;

    /// <summary>A question the student missed in a graded attempt; due for review at once.</summary>
    public static ReviewCard ForMissedQuestion(string studentId, Guid questionId, DateTimeOffset now) =>
        new(Guid.CreateVersion7())
        {
            StudentId = Check.UserId(studentId),
            QuestionId = Check.Id(questionId, "review.question_required", "The question"),
            Due = now,
            IntervalDays = 0,
            EaseFactor = InitialEaseFactor,
            CreatedAt = now,
        };

    /// <summary>Records a review. <paramref name="quality"/>: 0 = blackout … 3 = correct with effort … 5 = perfect.</summary>
    public void Review(int quality, DateTimeOffset now)
    {
        Check.That(quality is >= 0 and <= 5, "review.quality_invalid", "The quality of a review is between 0 and 5.");

        if (quality < 3)
        {
            if (Repetitions > 0)
            {
                Lapses++;
            }

            Repetitions = 0;
            IntervalDays = 1;
        }
        else
        {
            Repetitions++;
            IntervalDays = Repetitions switch
            {
                1 => 1,
                2 => 6,
                _ => (int)Math.Round(IntervalDays * EaseFactor, MidpointRounding.AwayFromZero),
            };
        }

        var miss = 5 - quality;
        EaseFactor = Math.Max(MinimumEaseFactor, EaseFactor + (0.1 - (miss * (0.08 + (miss * 0.02)))));
        LastReviewedAt = now;
        Due = now.AddDays(IntervalDays);
    }

    /// <summary>The student missed the question again in a graded attempt: start over and review it now.</summary>
    public void MissedAgain(DateTimeOffset now)
    {
        if (Repetitions > 0)
        {
            Lapses++;
        }

        Repetitions = 0;
        IntervalDays = 0;
        Due = now;
    }
}
