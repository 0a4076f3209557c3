using System.Globalization;

namespace IRLearn.Interop.Text;

/// <summary>Numbers as the formats write them: invariant culture, scientific notation allowed, no trailing zeros on output.</summary>
internal static class Numbers
{
    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (decimal.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        // 1e-05 and friends beyond decimal's parser: go through double, which is exact enough for a tolerance.
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) && Math.Abs(d) < 7.9e27)
        {
            value = (decimal)d;
            return true;
        }

        return false;
    }

    public static string Format(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>A fraction (1 = 100 %) as a percentage with at most five decimals, as Moodle writes grades (33.33333).</summary>
    public static string Percent(decimal fraction) => Format(Math.Round(fraction * 100m, 5, MidpointRounding.AwayFromZero));
}
