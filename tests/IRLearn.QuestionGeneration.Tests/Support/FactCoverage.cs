using System.Text.Json;
using System.Text.RegularExpressions;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Tests.Support;

public sealed record KeyFact(string Id, string Fact, string Answer, string Type, string Evidence);

/// <summary>
/// Decides whether a question bank covers a hand-labelled fact: some question's source sentence
/// contains the fact's evidence, and one of its correct answers matches the fact's answer once both
/// are normalised (case, quotes and dashes, a leading "the", hedges such as "about").
/// </summary>
public static partial class FactCoverage
{
    [GeneratedRegex(@"^(?:the|about|around|roughly|nearly|almost|over|more than|some|approximately|up to|an estimated)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Hedge();

    [GeneratedRegex(@"\s*(?:,\s*and|,|\band\b|\bor\b)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ListSeparator();

    public static IReadOnlyList<KeyFact> Load(string factsPath)
    {
        using var stream = File.OpenRead(factsPath);
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("facts").EnumerateArray()
            .Select(f => new KeyFact(
                f.GetProperty("id").GetString()!,
                f.GetProperty("fact").GetString()!,
                f.GetProperty("answer").GetString()!,
                f.GetProperty("type").GetString()!,
                f.GetProperty("evidence").GetString()!))
            .ToList();
    }

    public static bool IsCovered(KeyFact fact, IEnumerable<GeneratedQuestion> questions) =>
        questions.Any(q => Covers(q, fact));

    public static bool Covers(GeneratedQuestion question, KeyFact fact)
    {
        if (!Words.Normalize(question.Source.Sentence).Contains(Words.Normalize(fact.Evidence), StringComparison.Ordinal))
        {
            return false;
        }

        var answers = Answers(question);
        var expected = Clean(fact.Answer);
        if (answers.Any(a => Clean(a) == expected))
        {
            return true;
        }

        // A list fact is covered when the question's correct options are exactly its items.
        var expectedItems = Items(fact.Answer);
        if (expectedItems.Count > 1)
        {
            var correct = answers.Select(Clean).ToHashSet(StringComparer.Ordinal);
            return expectedItems.All(correct.Contains) || answers.Any(a => Items(a).SetEquals(expectedItems));
        }

        return false;
    }

    private static List<string> Answers(GeneratedQuestion question)
    {
        var answers = new List<string>();
        if (question.Options is { } options && question.Type != GeneratedQuestionType.TrueFalse)
        {
            answers.AddRange(options.Where(o => o.IsCorrect).Select(o => o.Text));
        }

        if (question.Type != GeneratedQuestionType.TrueFalse)
        {
            answers.AddRange(question.AcceptedAnswers ?? []);
        }

        answers.AddRange(question.Pairs?.Select(p => p.Right) ?? []);
        return answers;
    }

    private static HashSet<string> Items(string answer) =>
        ListSeparator().Split(answer).Select(Clean).Where(i => i.Length > 0).ToHashSet(StringComparer.Ordinal);

    public static string Clean(string answer)
    {
        var text = Words.Normalize(answer).Trim('.', ',', ' ', '"');
        string previous;
        do
        {
            previous = text;
            text = Hedge().Replace(text, string.Empty);
        }
        while (text != previous);

        return text;
    }
}
