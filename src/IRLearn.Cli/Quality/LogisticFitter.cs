using IRLearn.QuestionGeneration.Questions.Scoring;

namespace IRLearn.Cli.Quality;

/// <summary>One training example: named feature values and whether it is a positive.</summary>
public sealed record Sample(IReadOnlyList<Feature> Features, bool Positive, string Group);

/// <summary>
/// L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least squares). The intercept
/// is not penalised. With tens of features and thousands of examples each step is one small linear solve, so a fit
/// takes milliseconds and is exactly reproducible.
/// </summary>
public static class LogisticFitter
{
    public static LogisticModel Fit(IReadOnlyList<Sample> samples, double lambda)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var names = samples.SelectMany(s => s.Features).Where(f => f.Value != 0).Select(f => f.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var index = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i + 1, StringComparer.Ordinal);
        var size = names.Count + 1;
        var rows = samples.Select(s =>
        {
            var row = new double[size];
            row[0] = 1;
            foreach (var feature in s.Features)
            {
                if (index.TryGetValue(feature.Name, out var at))
                {
                    row[at] += feature.Value;
                }
            }

            return row;
        }).ToList();

        var weights = new double[size];
        for (var iteration = 0; iteration < 100; iteration++)
        {
            var gradient = new double[size];
            var hessian = new double[size, size];
            for (var r = 0; r < rows.Count; r++)
            {
                var x = rows[r];
                var p = LogisticModel.Sigmoid(Dot(weights, x));
                var error = (samples[r].Positive ? 1 : 0) - p;
                var curvature = Math.Max(p * (1 - p), 1e-12);
                for (var i = 0; i < size; i++)
                {
                    if (x[i] == 0)
                    {
                        continue;
                    }

                    gradient[i] += error * x[i];
                    for (var j = 0; j < size; j++)
                    {
                        hessian[i, j] += curvature * x[i] * x[j];
                    }
                }
            }

            for (var i = 1; i < size; i++)
            {
                gradient[i] -= lambda * weights[i];
                hessian[i, i] += lambda;
            }

            // A tiny ridge on the intercept keeps the solve defined when every example has the same label.
            hessian[0, 0] += 1e-9;
            var step = Solve(hessian, gradient);
            var change = 0.0;
            for (var i = 0; i < size; i++)
            {
                weights[i] += step[i];
                change = Math.Max(change, Math.Abs(step[i]));
            }

            if (change < 1e-9)
            {
                break;
            }
        }

        return new LogisticModel(weights[0], names.Select((n, i) => (n, w: weights[i + 1])).ToDictionary(p => p.n, p => p.w, StringComparer.Ordinal));
    }

    /// <summary>Mean log-loss of a model on examples.</summary>
    public static double LogLoss(LogisticModel model, IEnumerable<Sample> samples)
    {
        ArgumentNullException.ThrowIfNull(model);
        var list = samples.ToList();
        return list.Count == 0 ? 0 : list.Average(s =>
        {
            var p = Math.Clamp(model.Probability(s.Features), 1e-12, 1 - 1e-12);
            return s.Positive ? -Math.Log(p) : -Math.Log(1 - p);
        });
    }

    /// <summary>The area under the ROC curve: how often a positive scores above a negative (ties count half).</summary>
    public static double Auc(IReadOnlyList<(double Score, bool Positive)> scored)
    {
        ArgumentNullException.ThrowIfNull(scored);
        var positives = scored.Where(s => s.Positive).Select(s => s.Score).ToList();
        var negatives = scored.Where(s => !s.Positive).Select(s => s.Score).Order().ToArray();
        if (positives.Count == 0 || negatives.Length == 0)
        {
            return double.NaN;
        }

        var total = 0.0;
        foreach (var p in positives)
        {
            var below = LowerBound(negatives, p);
            var equal = LowerBound(negatives, Math.BitIncrement(p)) - below;
            total += below + (equal / 2.0);
        }

        return total / ((double)positives.Count * negatives.Length);
    }

    private static int LowerBound(double[] sorted, double value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (sorted[mid] < value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>Gaussian elimination with partial pivoting; the matrix is symmetric positive definite once regularised.</summary>
    private static double[] Solve(double[,] matrix, double[] vector)
    {
        var n = vector.Length;
        var a = (double[,])matrix.Clone();
        var b = (double[])vector.Clone();
        for (var column = 0; column < n; column++)
        {
            var pivot = column;
            for (var row = column + 1; row < n; row++)
            {
                if (Math.Abs(a[row, column]) > Math.Abs(a[pivot, column]))
                {
                    pivot = row;
                }
            }

            if (pivot != column)
            {
                for (var k = 0; k < n; k++)
                {
                    (a[column, k], a[pivot, k]) = (a[pivot, k], a[column, k]);
                }

                (b[column], b[pivot]) = (b[pivot], b[column]);
            }

            var diagonal = a[column, column];
            if (Math.Abs(diagonal) < 1e-15)
            {
                continue;
            }

            for (var row = column + 1; row < n; row++)
            {
                var factor = a[row, column] / diagonal;
                if (factor == 0)
                {
                    continue;
                }

                for (var k = column; k < n; k++)
                {
                    a[row, k] -= factor * a[column, k];
                }

                b[row] -= factor * b[column];
            }
        }

        var x = new double[n];
        for (var row = n - 1; row >= 0; row--)
        {
            var sum = b[row];
            for (var k = row + 1; k < n; k++)
            {
                sum -= a[row, k] * x[k];
            }

            x[row] = Math.Abs(a[row, row]) < 1e-15 ? 0 : sum / a[row, row];
        }

        return x;
    }
}
