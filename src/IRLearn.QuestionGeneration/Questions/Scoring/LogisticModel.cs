using System.Collections.Frozen;

namespace IRLearn.QuestionGeneration.Questions.Scoring;

/// <summary>
/// A fitted logistic model: P(positive) = σ(bias + Σ weight(name) · value). A feature the model has no weight for
/// counts as zero, so candidates of a template added after the last fit are scored by their other features.
/// </summary>
public sealed class LogisticModel
{
    private readonly FrozenDictionary<string, double> _weights;

    public LogisticModel(double bias, IReadOnlyDictionary<string, double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        Bias = bias;
        _weights = weights.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public double Bias { get; }

    public IReadOnlyDictionary<string, double> Weights => _weights;

    public double Logit(IEnumerable<Feature> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var sum = Bias;
        foreach (var feature in features)
        {
            if (feature.Value != 0 && _weights.TryGetValue(feature.Name, out var weight))
            {
                sum += weight * feature.Value;
            }
        }

        return sum;
    }

    public double Probability(IEnumerable<Feature> features) => Sigmoid(Logit(features));

    public static double Sigmoid(double logit) => logit >= 0 ? 1 / (1 + Math.Exp(-logit)) : Math.Exp(logit) / (1 + Math.Exp(logit));
}
