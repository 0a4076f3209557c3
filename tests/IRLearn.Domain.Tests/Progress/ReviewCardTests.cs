using IRLearn.Domain.Progress;
using static IRLearn.Domain.Tests.TestData;

namespace IRLearn.Domain.Tests.Progress;

public class ReviewCardTests
{
    private static ReviewCard NewCard() => ReviewCard.ForMissedQuestion(Student, Guid.CreateVersion7(), Now);

    [Fact]
    public void ForMissedQuestion_IsDueNowWithInitialEase()
    {
        var card = NewCard();

        Assert.True(card.IsDue(Now));
        Assert.Equal(2.5, card.EaseFactor);
        Assert.Equal(0, card.Repetitions);
    }

    [Fact]
    public void Review_PerfectRecallsInARow_Intervals1Then6ThenTimesEase()
    {
        var card = NewCard();

        card.Review(5, Now);
        Assert.Equal(1, card.IntervalDays);
        Assert.Equal(2.6, card.EaseFactor, 10);

        card.Review(5, Now.AddDays(1));
        Assert.Equal(6, card.IntervalDays);
        Assert.Equal(2.7, card.EaseFactor, 10);

        card.Review(5, Now.AddDays(7));
        Assert.Equal(16, card.IntervalDays); // round(6 × 2.7) = 16
        Assert.Equal(Now.AddDays(23), card.Due);
        Assert.Equal(3, card.Repetitions);
    }

    [Fact]
    public void Review_QualityFour_KeepsEase()
    {
        var card = NewCard();

        card.Review(4, Now);

        Assert.Equal(2.5, card.EaseFactor, 10);
    }

    [Fact]
    public void Review_QualityThree_LowersEaseButCountsAsRecalled()
    {
        var card = NewCard();

        card.Review(3, Now);

        Assert.Equal(2.36, card.EaseFactor, 10);
        Assert.Equal(1, card.Repetitions);
    }

    [Fact]
    public void Review_FailureAfterRecalls_ResetsRepetitionsAndCountsALapse()
    {
        var card = NewCard();
        card.Review(5, Now);
        card.Review(5, Now.AddDays(1));

        card.Review(1, Now.AddDays(7));

        Assert.Equal(0, card.Repetitions);
        Assert.Equal(1, card.IntervalDays);
        Assert.Equal(1, card.Lapses);
        Assert.Equal(Now.AddDays(8), card.Due);
        Assert.Equal(Now.AddDays(7), card.LastReviewedAt);
    }

    [Fact]
    public void Review_RepeatedBlackouts_EaseNeverBelowMinimum()
    {
        var card = NewCard();

        for (var i = 0; i < 10; i++)
        {
            card.Review(0, Now.AddDays(i));
        }

        Assert.Equal(ReviewCard.MinimumEaseFactor, card.EaseFactor);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(6)]
    public void Review_QualityOutside0To5_IsRefused(int quality)
    {
        Rule.Broken("review.quality_invalid", () => NewCard().Review(quality, Now));
    }

    [Fact]
    public void MissedAgain_LearnedCard_IsDueNowAndLapses()
    {
        var card = NewCard();
        card.Review(5, Now);
        card.Review(5, Now.AddDays(1));

        card.MissedAgain(Now.AddDays(3));

        Assert.Equal(Now.AddDays(3), card.Due);
        Assert.Equal(0, card.Repetitions);
        Assert.Equal(1, card.Lapses);
    }
}
