using System.Text.RegularExpressions;
using IRLearn.QuestionGeneration.Gazetteer;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Questions;

/// <summary>
/// The hard gates every question passes before it is emitted. They look only at the finished question
/// and the cleaned text, so the same checks serve the generator and the development-set report.
/// </summary>
public static partial class QualityGates
{
    public const string SourceMismatch = "source-mismatch";
    public const string Ungrounded = "answer-not-grounded";
    public const string AnswerInStem = "answer-in-stem";
    public const string UnresolvedPronoun = "unresolved-pronoun";
    public const string OptionsDuplicate = "options-not-distinct";
    public const string OptionsMistyped = "options-mistyped";
    public const string OptionsShape = "options-shape";
    public const string ArticleAgreement = "a-an-agreement";
    public const string StemForm = "stem-form";
    public const string TooLong = "too-long";

    // The question bank's own limits (QuestionContent in the domain): a question beyond them cannot be stored.
    public const int MaxStemLength = 1000;
    public const int MaxOptions = 12;
    public const int MaxOptionLength = 500;
    public const int MaxAcceptedAnswerLength = 300;
    public const int MaxPairs = 20;
    public const int MaxSourceLength = 5000;

    [GeneratedRegex(@"\b(?<article>[Aa]n?)\s+(?<word>[\p{L}\p{N}][\p{L}\p{N}'’-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleAndWord();

    [GeneratedRegex(@"\b(?:it|its|he|his|she|him|they|them)\b|\bthe\s+(?:country|nation|organi[sz]ation)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"^(?:True or false:\s*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex StatementStart();

    [GeneratedRegex(@"^Which of these [^:]+: “(?<sentence>.*)”\?$", RegexOptions.CultureInvariant)]
    private static partial Regex ListFrame();

    [GeneratedRegex(@"(?<=\s)\p{Lu}[\p{L}-]+", RegexOptions.CultureInvariant)]
    private static partial Regex InnerCapitalisedWord();

    public static IReadOnlyList<string> Check(GeneratedQuestion question, string cleanedText, IEnumerable<string>? forbiddenInStem = null, string? optionClass = null)
    {
        var violations = new List<string>();
        var source = question.Source;
        if (source.Start < 0 || source.Length <= 0 || source.Start + source.Length > cleanedText.Length ||
            cleanedText.Substring(source.Start, source.Length) != source.Sentence)
        {
            violations.Add(SourceMismatch);
        }

        var sentence = Words.Normalize(source.Sentence);
        var stem = Words.Normalize(question.Stem);
        // A matching item must ground, and keep out of its stem, both sides of every pair.
        var answers = CorrectAnswers(question).Concat(question.Pairs?.Select(p => p.Left) ?? []).ToList();
        if (question.Type != GeneratedQuestionType.TrueFalse)
        {
            if (answers.Count == 0 || answers.Any(a => !Words.ContainsPhrase(sentence, Words.Normalize(a))))
            {
                violations.Add(Ungrounded);
            }

            var forbidden = answers.Concat(forbiddenInStem ?? []).Select(Words.Normalize).Where(f => f.Length > 0);
            if (forbidden.Any(f => Words.ContainsPhrase(stem, f)))
            {
                violations.Add(AnswerInStem);
            }
        }

        if (HasUnresolvedPronoun(question.Stem))
        {
            violations.Add(UnresolvedPronoun);
        }

        CheckOptions(question, optionClass, violations);

        foreach (Match match in ArticleAndWord().Matches(question.Stem))
        {
            var expected = Words.IndefiniteArticleFor(match.Groups["word"].Value);
            if (!string.Equals(expected, match.Groups["article"].Value, StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(ArticleAgreement);
                break;
            }
        }

        if (question.Stem.Length > MaxStemLength || question.Options is { Count: > MaxOptions } ||
            question.Options?.Any(o => o.Text.Length > MaxOptionLength) == true ||
            question.AcceptedAnswers?.Any(a => a.Length > MaxAcceptedAnswerLength) == true ||
            question.Pairs is { Count: > MaxPairs } || question.Pairs?.Any(p => p.Left.Length > MaxOptionLength || p.Right.Length > MaxOptionLength) == true ||
            question.Source.Length > MaxSourceLength)
        {
            violations.Add(TooLong);
        }

        var blanks = CountBlanks(question.Stem);
        var formOk = question.Type switch
        {
            GeneratedQuestionType.TrueFalse => question.Stem.StartsWith("True or false: ", StringComparison.Ordinal) && question.Stem.EndsWith('.'),
            GeneratedQuestionType.FillInBlank => blanks == 1,
            GeneratedQuestionType.Matching => blanks == 0 && (question.Stem.EndsWith('.') || question.Stem.EndsWith('?')),
            _ => blanks == 1 && !question.Stem.EndsWith('?') || blanks == 0 && question.Stem.EndsWith('?') || blanks == 1 && question.Stem.EndsWith("”?", StringComparison.Ordinal),
        };
        if (!formOk || question.Stem.Split(' ').Length < 4)
        {
            violations.Add(StemForm);
        }

        return violations;
    }

    /// <summary>The texts a student would have to give: correct options, accepted answers, or matching right-hand sides.</summary>
    public static List<string> CorrectAnswers(GeneratedQuestion question)
    {
        if (question.Options is { Count: > 0 } options && question.Type != GeneratedQuestionType.TrueFalse)
        {
            return options.Where(o => o.IsCorrect).Select(o => o.Text).ToList();
        }

        if (question.Pairs is { Count: > 0 } pairs)
        {
            return pairs.Select(p => p.Right).ToList();
        }

        return question.AcceptedAnswers?.Take(1).ToList() ?? [];
    }

    /// <summary>
    /// The article's own sentence when a stem quotes it ("Which of these … does the article name here: “…”?"), otherwise the
    /// stem: quotation marks in what remains are a speaker's.
    /// </summary>
    public static string WithoutArticleFrame(string stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        var frame = ListFrame().Match(stem);
        return frame.Success ? frame.Groups["sentence"].Value : stem;
    }

    /// <summary>A pronoun is acceptable only when the stem also names something it can refer to.</summary>
    public static bool HasUnresolvedPronoun(string stem)
    {
        stem = WithoutArticleFrame(stem);
        var quoted = Words.QuotedSpans(stem);
        foreach (Match match in Pronoun().Matches(stem))
        {
            if (quoted.Any(q => q.Contains(match.Index)))
            {
                continue;
            }

            var lower = match.Value.ToLowerInvariant();
            var before = stem[..match.Index];
            var statement = stem.StartsWith("True or false: ", StringComparison.Ordinal) ? stem["True or false: ".Length..] : stem;
            if (InSentenceReferent.Holds(statement, match.Index - (stem.Length - statement.Length), match.Value))
            {
                continue;
            }

            if (!lower.StartsWith("the ", StringComparison.Ordinal) && StatementStart().IsMatch(before))
            {
                // "It was upgraded …" opening the statement: whatever the stem names later, nothing before it says what "it" is.
                return true;
            }

            var after = stem[(match.Index + match.Length)..];
            var names = InnerCapitalisedWord().Matches(" " + before + " " + after).Select(m => m.Value).Where(w => w is not ("True" or "False" or "Who" or "What" or "In" or "When" or "Where" or "Which" or "The" or "It" or "Its" or "He" or "His" or "She")).ToList();
            if (lower.StartsWith("the ", StringComparison.Ordinal))
            {
                if (!names.Any(n => IrGazetteer.Default.TryLookup(n, out var hit) && hit.Kind == GazetteerKind.Country) && !stem.Contains(StemWriter.Blank, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            else if (names.Count == 0 && !(lower is "its" or "his" or "her" && stem.Contains(StemWriter.Blank, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckOptions(GeneratedQuestion question, string? optionClass, List<string> violations)
    {
        var options = question.Options;
        switch (question.Type)
        {
            case GeneratedQuestionType.MultipleChoice:
            case GeneratedQuestionType.MultipleResponse:
            case GeneratedQuestionType.TrueFalse:
                if (options is null || options.Count < 2)
                {
                    violations.Add(OptionsShape);
                    return;
                }

                var correct = options.Count(o => o.IsCorrect);
                if (question.Type != GeneratedQuestionType.MultipleResponse && correct != 1 || correct == 0 || correct == options.Count)
                {
                    violations.Add(OptionsShape);
                }

                if (options.Select(o => Words.Normalize(o.Text)).Distinct(StringComparer.Ordinal).Count() != options.Count)
                {
                    violations.Add(OptionsDuplicate);
                }

                if (question.Type == GeneratedQuestionType.TrueFalse)
                {
                    if (options[0].Text != "True" || options[1].Text != "False" || options.Count != 2)
                    {
                        violations.Add(OptionsShape);
                    }

                    return;
                }

                // Every option must be of a kind some correct option has (one kind, except in mixed lists).
                var expected = optionClass is not null ? [optionClass] : options.Where(o => o.IsCorrect).Select(o => AnswerTypes.Classify(o.Text)).ToHashSet(StringComparer.Ordinal);
                if (options.Any(o => !expected.Contains(AnswerTypes.Classify(o.Text))))
                {
                    violations.Add(OptionsMistyped);
                }

                break;
            case GeneratedQuestionType.Matching:
                var pairs = question.Pairs ?? [];
                if (pairs.Count < 2 || options is { Count: > 0 })
                {
                    violations.Add(OptionsShape);
                }

                if (pairs.Select(p => Words.Normalize(p.Left)).Distinct(StringComparer.Ordinal).Count() != pairs.Count ||
                    pairs.Select(p => Words.Normalize(p.Right)).Distinct(StringComparer.Ordinal).Count() != pairs.Count)
                {
                    violations.Add(OptionsDuplicate);
                }

                break;
            default:
                break;
        }
    }

    private static int CountBlanks(string stem)
    {
        var count = 0;
        var index = 0;
        while ((index = stem.IndexOf(StemWriter.Blank, index, StringComparison.Ordinal)) >= 0)
        {
            count++;
            index += StemWriter.Blank.Length;
        }

        return count;
    }
}
