using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using IRLearn.QuestionGeneration;

namespace IRLearn.Cli.Quality;

/// <summary>A hand-labelled key fact: accepted answer variants, and anchors that place it in one body sentence.</summary>
public sealed record LabelledFact(string Id, IReadOnlyList<string> Answers, IReadOnlyList<string> Anchors);

/// <summary>
/// The corpus scorer's matching rules (the issue's acceptance script, mirrored rule for rule): a fact is covered by a
/// question whose source sentence plus stem contain every anchor (case-insensitive) and one of whose correct answers
/// matches a variant after normalising case, punctuation and a leading "the", or as an equal plain number, or as a
/// slightly longer phrase (at most three more words) containing the variant as whole words. A question is boilerplate
/// when its stem, source sentence or options contain one of the page's boilerplate strings (case-insensitive).
/// </summary>
public static partial class FactMatcher
{
    [GeneratedRegex(@"[^\p{L}\p{N}_%\- ]+", RegexOptions.CultureInvariant)]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Space();

    [GeneratedRegex(@"^\$?(-?\d+(?:\.\d+)?)\s*(%|percent|per cent)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();

    public static bool Covers(GeneratedQuestion question, LabelledFact fact)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(fact);
        var haystack = Lower(question.Source.Sentence + " " + question.Stem);
        return fact.Anchors.All(a => haystack.Contains(Lower(a), StringComparison.Ordinal)) &&
            CorrectAnswers(question).Any(answer => Matches(answer, fact.Answers));
    }

    public static bool IsBoilerplate(GeneratedQuestion question, IReadOnlyList<string> boilerplate)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(boilerplate);
        var blob = Lower(question.Stem + " " + question.Source.Sentence + " " + string.Join(" ", (question.Options ?? []).Select(o => o.Text)));
        return boilerplate.Any(b => blob.Contains(Lower(b), StringComparison.Ordinal));
    }

    /// <summary>What the scorer takes as a question's correct answers: keyed options, accepted answers, the numeric value, both sides of pairs.</summary>
    public static List<string> CorrectAnswers(GeneratedQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var answers = new List<string>();
        answers.AddRange((question.Options ?? []).Where(o => o.IsCorrect).Select(o => o.Text));
        answers.AddRange(question.AcceptedAnswers ?? []);
        if (question.NumericAnswer is { } numeric)
        {
            answers.Add(JsonNumber(numeric.Value));
        }

        foreach (var pair in question.Pairs ?? [])
        {
            answers.Add(pair.Left);
            answers.Add(pair.Right);
        }

        return answers;
    }

    public static bool Matches(string answer, IEnumerable<string> variants)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(variants);
        var a = Normalize(answer);
        foreach (var variant in variants)
        {
            var v = Normalize(variant);
            if (a == v)
            {
                return true;
            }

            if (Number(answer) is { } x && Number(variant) is { } y && Math.Abs(x - y) < 1e-9)
            {
                return true;
            }

            if (v.Length > 0 && ContainsWholeWords(a, v) && WordCount(a) <= WordCount(v) + 3)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower case, punctuation but % and hyphens made spaces, spacing collapsed, a leading "the" dropped.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = Lower(text.Normalize(NormalizationForm.FormKC));
        s = s.Replace('\u2019', '\'').Replace('\u2013', '-').Replace('\u2014', '-');
        s = Punctuation().Replace(s, " ");
        s = Space().Replace(s, " ").Trim();
        return s.StartsWith("the ", StringComparison.Ordinal) ? s[4..] : s;
    }

    private static double? Number(string text)
    {
        var match = PlainNumber().Match(Normalize(text).Replace(",", string.Empty, StringComparison.Ordinal));
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The variant as whole words of the answer, with the scorer's notion of a word character (letters, digits, underscore).</summary>
    private static bool ContainsWholeWords(string text, string phrase)
    {
        for (var index = text.IndexOf(phrase, StringComparison.Ordinal); index >= 0; index = text.IndexOf(phrase, index + 1, StringComparison.Ordinal))
        {
            if (Boundary(text, index) && Boundary(text, index + phrase.Length))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Boundary(string text, int position) =>
        (position > 0 && IsWordChar(text[position - 1])) != (position < text.Length && IsWordChar(text[position]));

    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsNumber(c) || c == '_';

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Lower(string text) => text.ToLowerInvariant();

    /// <summary>A numeric key as the scorer reads it back from the JSON: a whole decimal written without a fraction is an integer, any other a float ("1340.0").</summary>
    public static string JsonNumber(decimal value)
    {
        if (value.Scale == 0)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var number = (double)value;
        return number == Math.Floor(number) && Math.Abs(number) < 1e16
            ? number.ToString("0", CultureInfo.InvariantCulture) + ".0"
            : number.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal);
    }
}
