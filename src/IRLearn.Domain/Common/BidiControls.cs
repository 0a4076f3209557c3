namespace IRLearn.Domain.Common;

/// <summary>
/// The Unicode bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069).
/// Invisible, and able to make a title or a file name display as something else than it says (U+202E,
/// the right-to-left override, makes "report" + U+202E + "fdp.exe" display as ending in ".pdf"), so stored text never keeps them.
/// Right-to-left text itself needs none of them; the marks U+200E/U+200F are left alone.
/// </summary>
public static class BidiControls
{
    public static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    public static string Strip(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u202A', '\u202E') && !text.AsSpan().ContainsAnyInRange('\u2066', '\u2069'))
        {
            return text;
        }

        return string.Create(text.Length - text.Count(IsBidiControl), text, static (span, source) =>
        {
            var at = 0;
            foreach (var c in source)
            {
                if (!IsBidiControl(c))
                {
                    span[at++] = c;
                }
            }
        });
    }
}
