using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace IRLearn.QuestionGeneration.Questions.Scoring;

/// <summary>
/// A question's stable identity for quality labels: the first 16 hex digits of SHA-256 over its content (type, stem,
/// options with their keys, accepted answers, numeric key, pairs), never its id or position. Judges label questions by
/// this key (computed from the CLI's JSON by tools/qkey.py outside the repository), and the model fitter joins those
/// labels to regenerated candidates with it, so both must agree byte for byte.
/// </summary>
public static class QuestionKey
{
    public static string Compute(GeneratedQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var lines = new List<string> { ContractNames.TypeName(question.Type), question.Stem };
        foreach (var option in question.Options ?? [])
        {
            lines.Add((option.IsCorrect ? "*" : "-") + option.Text);
        }

        lines.Add("A:" + string.Join("|", question.AcceptedAnswers ?? []));
        lines.Add("N:" + (question.NumericAnswer is { } numeric ? Number(numeric.Value) + "~" + Number(numeric.Tolerance) : string.Empty));
        foreach (var pair in question.Pairs ?? [])
        {
            lines.Add(pair.Left + "=>" + pair.Right);
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", lines)));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    /// <summary>
    /// A number as the key's reference implementation prints the JSON value: whole numbers without a fraction ("1992",
    /// not "1992.0"), others as the shortest round-trip form without trailing zeros ("0.1", "134.5"), and Python's
    /// exponent spelling for the tiny values that get one ("1e-05").
    /// </summary>
    public static string Number(decimal value)
    {
        if (value == decimal.Truncate(value))
        {
            return decimal.Truncate(value).ToString("0", CultureInfo.InvariantCulture);
        }

        var text = ((double)value).ToString("R", CultureInfo.InvariantCulture);
        return text.Replace("E", "e", StringComparison.Ordinal);
    }
}
