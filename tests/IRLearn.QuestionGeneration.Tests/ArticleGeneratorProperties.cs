using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IRLearn.QuestionGeneration.Questions;
using IRLearn.QuestionGeneration.Tests.Support;

namespace IRLearn.QuestionGeneration.Tests;

/// <summary>
/// The engine on text nobody wrote on purpose (issue 17): random characters (control characters, lone surrogates,
/// bidi overrides, zero-width spaces), very long tokens, runs of sentence ends, and a word soup of IR vocabulary that
/// reaches the question templates. Generation completes, or is refused the one documented way (a regex match timeout,
/// <see cref="RegexTimeout"/>, which the importer answers as "too large or too complex"); it is deterministic; and
/// everything it emits keeps the JSON contract: every source sentence stands in the cleaned text at its offsets and
/// is made of the input's words, every question has the fields of its type and only those.
/// <para>
/// Time is bounded by construction, not measured: the engine's work grows with the text, which the document readers
/// cap before it reaches the engine (<c>TextLimits</c>: 200,000 characters, 10,000 without a sentence end); the
/// inputs here stay far below those caps so a run takes seconds, and every pattern carries the process-wide match
/// timeout, which <see cref="EveryPatternTheEngineBuilds_HasAFiniteMatchTimeout"/> holds in place.
/// </para>
/// </summary>
public sealed partial class ArticleGeneratorProperties
{
    private static readonly ArticleGenerator Generator = new();

    [Property(Arbitrary = [typeof(ArticleText)], MaxTest = 40, EndSize = 60)]
    public void Generate_AnyText_CompletesOrIsRefusedAsTooComplex_AndKeepsTheContract(string text)
    {
        GenerationResult result;
        try
        {
            result = Generator.Generate(text);
        }
        catch (RegexMatchTimeoutException)
        {
            // The documented refusal: the importer turns it into a 400 that creates nothing.
            return;
        }

        var inputWords = WordsOf(text).ToHashSet(StringComparer.Ordinal);
        var all = result.Questions.Concat(result.MoreCandidates).ToList();
        Assert.Equal(all.Count, all.Select(q => q.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Empty(result.Questions.Select(q => q.Stem).Intersect(result.MoreCandidates.Select(q => q.Stem), StringComparer.Ordinal));
        Assert.Empty(BankAudit.SentenceCap(result, QuestionSelector.PerSentence));
        foreach (var question in all)
        {
            var source = question.Source;
            Assert.False(string.IsNullOrWhiteSpace(question.Id), $"a question without an id from: {Show(text)}");
            Assert.False(string.IsNullOrWhiteSpace(question.Stem), $"{question.Id}: empty stem from: {Show(text)}");
            Assert.True(source.Start >= 0 && source.Length == source.Sentence.Length && source.Start + source.Length <= result.CleanedText.Length,
                $"{question.Id}: source {source.Start}+{source.Length} outside a cleaned text of {result.CleanedText.Length} from: {Show(text)}");
            Assert.Equal(source.Sentence, result.CleanedText.Substring(source.Start, source.Length));
            Assert.All(WordsOf(source.Sentence), word => Assert.Contains(word, inputWords));
            Assert.InRange(question.Confidence, 0.0, 1.0);
            Assert.True(Enum.IsDefined(question.Difficulty), $"{question.Id}: difficulty {question.Difficulty}");
            Assert.True(KeepsItsShape(question), $"{question.Id}: a {ContractNames.TypeName(question.Type)} without its key or with another type's fields: {question.Stem}");
        }
    }

    [Property(Arbitrary = [typeof(ArticleText)], MaxTest = 10, EndSize = 60)]
    public void Generate_AnyTextTwice_GivesTheSameDocument(string text)
    {
        string Once()
        {
            try
            {
                return JsonSerializer.Serialize(Generator.Generate(text));
            }
            catch (RegexMatchTimeoutException)
            {
                return "refused";
            }
        }

        Assert.Equal(Once(), Once());
    }

    [Fact]
    public void EveryPatternTheEngineBuilds_HasAFiniteMatchTimeout()
    {
        // The engine's module initializer sets the process default before any of its source-generated patterns is
        // built; each pattern reads it then. (A Regex built by the test host earlier keeps the old default, so the
        // patterns themselves are asked.)
        const BindingFlags Everywhere = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
        var patterns = typeof(ArticleGenerator).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(Everywhere).Concat<MemberInfo>(t.GetProperties(Everywhere)))
            .Where(m => m.IsDefined(typeof(GeneratedRegexAttribute)))
            .Select(m => (Name: $"{m.DeclaringType!.Name}.{m.Name}", Regex: (Regex)(m is MethodInfo method ? method.Invoke(null, null) : ((PropertyInfo)m).GetValue(null))!))
            .ToList();

        Assert.True(patterns.Count > 20, $"only {patterns.Count} patterns found");
        Assert.All(patterns, p => Assert.True(p.Regex.MatchTimeout == RegexTimeout.Default, $"{p.Name} runs with a match timeout of {p.Regex.MatchTimeout}"));
    }

    // Fields that do not apply to a type are null (BRIEF.md's contract); the ones that do carry the key.
    private static bool KeepsItsShape(GeneratedQuestion question) => question.Type switch
    {
        GeneratedQuestionType.MultipleChoice => HasOptions(question) && question.Options!.Count(o => o.IsCorrect) == 1 && OnlyOptions(question),
        GeneratedQuestionType.TrueFalse => question.Options is [{ Text: "True" }, { Text: "False" }] && question.Options.Count(o => o.IsCorrect) == 1 && OnlyOptions(question),
        GeneratedQuestionType.MultipleResponse => HasOptions(question) && question.Options!.Any(o => o.IsCorrect) && OnlyOptions(question),
        GeneratedQuestionType.FillInBlank or GeneratedQuestionType.ShortAnswer =>
            question.AcceptedAnswers is { Count: > 0 } answers && answers.All(a => !string.IsNullOrWhiteSpace(a))
            && question.Options is null && question.NumericAnswer is null && question.Pairs is null,
        GeneratedQuestionType.Numeric => question.NumericAnswer is { Tolerance: >= 0 } && question.Options is null && question.Pairs is null,
        GeneratedQuestionType.Matching => question.Pairs is { Count: > 1 } && question.Options is null && question.NumericAnswer is null,
        _ => false,
    };

    private static bool HasOptions(GeneratedQuestion question) =>
        question.Options is { Count: > 1 } options && options.Select(o => o.Text).Distinct(StringComparer.OrdinalIgnoreCase).Count() == options.Count;

    private static bool OnlyOptions(GeneratedQuestion question) => question.NumericAnswer is null && question.Pairs is null;

    private static IEnumerable<string> WordsOf(string text) => Word().Matches(text).Select(m => m.Value);

    private static string Show(string text) => text.Length <= 300 ? text : text[..300] + $"… ({text.Length} characters)";

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    /// <summary>Text the engine may be handed: hostile characters and shapes mixed with words it recognises.</summary>
    public static class ArticleText
    {
        // Words and shapes the recognisers and templates look for: countries, organisations, acronyms with their
        // expansions, years, percentages, numbers, titles, quotations, attributions.
        private static readonly string[] Words =
        [
            "Kazakhstan", "Uzbekistan", "China", "Russia", "the", "European", "Union", "United", "Nations", "NATO", "ASEAN",
            "(SCO)", "Shanghai", "Cooperation", "Organisation", "signed", "a", "treaty", "in", "1992", "2024", "1997",
            "percent", "40%", "3.5", "1,000", "billion", "dollars", "President", "Mr.", "Dr.", "said", "that", "it",
            "he", "the country", "minister", "foreign", "policy", "multi-vector", "initiated", "Conference", "on",
            "Interaction", "and", "Confidence", "Building", "Measures", "(CICA)", "U.N.", "\"We", "will\"", "–", "—",
            "(", ")", "[Image", "by", "Reuters]", "Read", "more:", "capital", "Astana", "Almaty", "border", "km",
        ];

        private static readonly string[] Oddities =
        [
            ".", ". ", "! ", "? ", "...", "…", "\n", "\n\n", "\r\n", "\t", "\u0000", "\u0007", "\u001B", "\u007F",
            "\u202E", "\u200B", "\uFEFF", "\uD800", "\uDC00", "\uD83D\uDE00", "e\u0301", "ß", "İ", "\u00A0",
            "<b>", "&amp;", "#", "*", "|", "\"", "'", "’", "“", "”", ";", ":", ",", "%", "$", "§",
        ];

        public static Arbitrary<string> Text()
        {
            var word = Gen.Elements(Words);
            var oddity = Gen.Elements(Oddities);
            var longToken = Gen.Choose(200, 2000).Select(n => new string('a', n));
            var sentenceEnds = Gen.Choose(2, 150).Select(n => string.Concat(Enumerable.Repeat(". ", n)));
            var anyChar = Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString());
            var token = Gen.Frequency((30, word), (4, oddity), (3, anyChar), (1, longToken), (1, sentenceEnds));
            var sentence = Gen.Choose(1, 40).SelectMany(n => Gen.ArrayOf(token, n)).Select(tokens => string.Join(' ', tokens) + ".");
            var paragraph = Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(sentence, n)).Select(s => string.Join(' ', s));
            var article = Gen.Sized(size => Gen.Choose(1, Math.Max(1, size / 5)))
                .SelectMany(n => Gen.ArrayOf(paragraph, n))
                .Select(paragraphs => string.Join("\n\n", paragraphs));
            var noise = Gen.Sized(size => Gen.Choose(0, size * 40)).SelectMany(n => Gen.ArrayOf(anyChar, n)).Select(string.Concat);
            return Gen.Frequency((6, article), (2, noise), (1, Gen.Constant(string.Empty))).ToArbitrary();
        }
    }
}
