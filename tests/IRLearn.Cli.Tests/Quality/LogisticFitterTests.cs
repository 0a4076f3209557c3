using IRLearn.Cli.Quality;
using IRLearn.QuestionGeneration.Questions.Scoring;
using Xunit;

namespace IRLearn.Cli.Tests.Quality;

public sealed class LogisticFitterTests
{
    /// <summary>Positives carry "good" three times in four, negatives once in four; "noise" says nothing.</summary>
    private static List<Sample> Samples()
    {
        var samples = new List<Sample>();
        for (var i = 0; i < 200; i++)
        {
            var positive = i % 2 == 0;
            var good = positive ? i % 8 != 0 : i % 8 == 1;
            samples.Add(new Sample([new Feature("good", good ? 1 : 0), new Feature("noise", i % 3 == 0 ? 1 : 0)], positive, "g" + (i % 5)));
        }

        return samples;
    }

    [Fact]
    public void Fit_LearnsThatTheInformativeFeatureRaisesTheOdds()
    {
        var model = LogisticFitter.Fit(Samples(), lambda: 1);

        Assert.True(model.Weights["good"] > 1.5, $"weight {model.Weights["good"]}");
        Assert.True(Math.Abs(model.Weights["noise"]) < 0.5, $"weight {model.Weights["noise"]}");
        Assert.True(model.Probability([new Feature("good", 1)]) > 0.7);
        Assert.True(model.Probability([new Feature("good", 0)]) < 0.3);
    }

    [Fact]
    public void Fit_StrongerPenalty_ShrinksWeights()
    {
        var light = LogisticFitter.Fit(Samples(), lambda: 0.1);
        var heavy = LogisticFitter.Fit(Samples(), lambda: 100);

        Assert.True(Math.Abs(heavy.Weights["good"]) < Math.Abs(light.Weights["good"]) / 2);
    }

    [Fact]
    public void Fit_OneClassOnly_StillConverges()
    {
        var model = LogisticFitter.Fit([new Sample([new Feature("a", 1)], false, "g"), new Sample([new Feature("a", 0)], false, "g")], lambda: 1);

        Assert.True(model.Probability([new Feature("a", 1)]) < 0.1);
    }

    [Fact]
    public void Auc_CountsHowOftenAPositiveOutscoresANegative()
    {
        Assert.Equal(1.0, LogisticFitter.Auc([(0.9, true), (0.8, true), (0.1, false)]));
        Assert.Equal(0.5, LogisticFitter.Auc([(0.5, true), (0.5, false)]));
        Assert.Equal(0.75, LogisticFitter.Auc([(0.9, true), (0.2, true), (0.5, false), (0.1, false)]));
        Assert.True(double.IsNaN(LogisticFitter.Auc([(0.9, true)])));
    }
}
