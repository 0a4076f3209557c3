using System.Text.RegularExpressions;
using IRLearn.Domain.Common;
using IRLearn.Domain.QuestionBank;
using IRLearn.Interop.Text;

namespace IRLearn.Interop.Mapping;

/// <summary>An interchange question turned into IRLearn content, with what the conversion had to leave behind.</summary>
public sealed record MappedQuestion(string Name, QuestionContent Content, IReadOnlyList<string> Warnings);

/// <summary>
/// Maps between the interchange model and IRLearn's <see cref="QuestionContent"/>, each type to its nearest
/// counterpart, and says what it loses. Into IRLearn: partial credit below 100 % is not an accepted answer (it is
/// reported, never promoted), per-answer feedback and distractors of matching questions are reported as not
/// imported, a cloze with several blanks becomes one question per blank (the other blanks shown filled in), a short
/// answer whose stem has a blank is a fill-in-the-blank. Out of IRLearn: multiple response scores a share per right
/// option and the same share off per wrong one, exactly IRLearn's rule; a fill-in-the-blank is a one-blank cloze.
/// Anything <see cref="QuestionContent.Create"/> refuses is skipped with the domain's reason.
/// </summary>
public static partial class DomainMapper
{
    private const decimal Full = 0.99999m;

    /// <summary>
    /// Maps imported questions. <paramref name="articleText"/> is the cleaned text of the lesson's article: a source
    /// sentence found in it becomes the question's source reference; one that is not stays in the explanation.
    /// </summary>
    public static (IReadOnlyList<MappedQuestion> Questions, IReadOnlyList<SkippedQuestion> Skipped) ToContents(IEnumerable<InteropQuestion> questions, string? articleText)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var mapped = new List<MappedQuestion>();
        var skipped = new List<SkippedQuestion>();
        foreach (var question in questions)
        {
            var name = question.Name.Length > 0 ? question.Name : Preview(question.Stem);
            if (question.Type == InteropQuestionType.Cloze && question.Blanks.Count > 1)
            {
                for (var i = 0; i < question.Blanks.Count; i++)
                {
                    var warning = $"a cloze with {question.Blanks.Count} blanks became {question.Blanks.Count} questions, one per blank (IRLearn's fill-in-the-blank has one blank)";
                    Map(SingleBlank(question, i), $"{name} (blank {i + 1})", articleText, [warning], mapped, skipped);
                }

                continue;
            }

            Map(question, name, articleText, [], mapped, skipped);
        }

        return (mapped, skipped);
    }

    /// <summary>IRLearn content → interchange question, for export.</summary>
    public static InteropQuestion FromContent(QuestionContent content, string name)
    {
        ArgumentNullException.ThrowIfNull(content);
        var question = new InteropQuestion
        {
            Type = InteropQuestionType.ShortAnswer,
            Name = name,
            Stem = content.Stem,
            GeneralFeedback = content.Explanation,
            SourceSentence = content.Source?.Sentence ?? string.Empty,
            Difficulty = content.Difficulty.ToString().ToLowerInvariant(),
            Tags = content.Tags,
        };
        switch (content.Type)
        {
            case QuestionType.MultipleChoice:
                return question with { Type = InteropQuestionType.MultipleChoice, Choices = [.. content.Options.Select(o => new InteropChoice(o.Text, o.IsCorrect ? 1 : 0))] };
            case QuestionType.TrueFalse:
                return question with { Type = InteropQuestionType.TrueFalse, Choices = [.. content.Options.Select(o => new InteropChoice(o.Text, o.IsCorrect ? 1 : 0))] };
            case QuestionType.MultipleResponse:
                var share = 1m / content.Options.Count(o => o.IsCorrect);
                return question with { Type = InteropQuestionType.MultipleResponse, Choices = [.. content.Options.Select(o => new InteropChoice(o.Text, o.IsCorrect ? share : -share))] };
            case QuestionType.ShortAnswer:
                return question with { TextAnswers = [.. content.AcceptedAnswers.Select(a => new InteropTextAnswer(a, 1))] };
            case QuestionType.Numeric:
                return question with { Type = InteropQuestionType.Numeric, NumericAnswers = [new InteropNumericAnswer(content.NumericAnswer!.Value, content.NumericAnswer.Tolerance, 1)] };
            case QuestionType.Matching:
                return question with { Type = InteropQuestionType.Matching, Pairs = [.. content.Pairs.Select(p => new InteropPair(p.Left, p.Right))] };
            default:
                var blank = Blank().Match(content.Stem);
                return question with
                {
                    Type = InteropQuestionType.Cloze,
                    Stem = string.Concat(content.Stem.AsSpan(0, blank.Index), InteropQuestion.BlankMarker(1), content.Stem.AsSpan(blank.Index + blank.Length)),
                    Blanks = [InteropBlank.Text([.. content.AcceptedAnswers.Select(a => new InteropTextAnswer(a, 1))])],
                };
        }
    }

    private static void Map(InteropQuestion question, string name, string? articleText, List<string> warnings, List<MappedQuestion> mapped, List<SkippedQuestion> skipped)
    {
        warnings.AddRange(question.Warnings);
        try
        {
            var (content, problem) = ToContent(question, articleText, warnings);
            if (content is null)
            {
                skipped.Add(new SkippedQuestion(name, problem!));
                return;
            }

            mapped.Add(new MappedQuestion(name, content, [.. warnings.Distinct(StringComparer.Ordinal)]));
        }
        catch (DomainException ex)
        {
            skipped.Add(new SkippedQuestion(name, ex.Message));
        }
    }

    private static (QuestionContent?, string?) ToContent(InteropQuestion question, string? articleText, List<string> warnings)
    {
        if (question.Stem.Length > QuestionContent.MaxStemLength)
        {
            return (null, $"the question text has {question.Stem.Length} characters; IRLearn allows {QuestionContent.MaxStemLength}");
        }

        var (explanation, source) = Explanation(question, articleText, warnings);
        var difficulty = question.Difficulty switch
        {
            "easy" => Difficulty.Easy,
            "hard" => Difficulty.Hard,
            _ => Difficulty.Medium,
        };
        var tags = Tags(question.Tags, warnings);
        QuestionContent Create(QuestionType type, IEnumerable<QuestionOption>? options = null, IEnumerable<string>? accepted = null, NumericAnswer? numeric = null, IEnumerable<MatchPair>? pairs = null, string? stem = null) =>
            QuestionContent.Create(type, stem ?? question.Stem, options, accepted, numeric, pairs, explanation, source, difficulty, tags);

        switch (question.Type)
        {
            case InteropQuestionType.MultipleChoice:
            case InteropQuestionType.MultipleResponse:
            case InteropQuestionType.TrueFalse:
                return Choices(question, warnings, Create);
            case InteropQuestionType.ShortAnswer:
                var accepted = Accepted(question.TextAnswers, question.CaseSensitive, warnings);
                if (accepted.Count == 0)
                {
                    return (null, "no answer earns full credit");
                }

                return (Create(Blank().IsMatch(question.Stem) ? QuestionType.FillInBlank : QuestionType.ShortAnswer, accepted: accepted), null);
            case InteropQuestionType.Numeric:
                var numeric = Numeric(question.NumericAnswers, warnings);
                return numeric is null ? (null, "no number earns full credit") : (Create(QuestionType.Numeric, numeric: numeric), null);
            case InteropQuestionType.Matching:
                if (question.ExtraRightItems.Count > 0)
                {
                    warnings.Add($"extra answers without a partner ({string.Join(", ", question.ExtraRightItems.Select(e => $"\"{e}\""))}) not imported: IRLearn's matching has none");
                }

                return (Create(QuestionType.Matching, pairs: question.Pairs.Select(p => new MatchPair(p.Left, p.Right))), null);
            default:
                return Cloze(question, warnings, Create);
        }
    }

    private static (QuestionContent?, string?) Choices(InteropQuestion question, List<string> warnings, CreateContent create)
    {
        NoteFeedback(question.Choices.Select(c => c.Feedback), warnings);
        if (question.Type == InteropQuestionType.TrueFalse)
        {
            var trueIsCorrect = question.Choices.FirstOrDefault(c => c.Text.Equals("True", StringComparison.OrdinalIgnoreCase))?.Fraction >= Full;
            return (create(QuestionType.TrueFalse, options: [new QuestionOption(QuestionContent.True, trueIsCorrect), new QuestionOption(QuestionContent.False, !trueIsCorrect)]), null);
        }

        if (question.Choices.Any(c => c.Text.Length == 0))
        {
            return (null, "an option has no text (images and formulas are not imported)");
        }

        if (question.Choices.Count > QuestionContent.MaxOptions)
        {
            return (null, $"{question.Choices.Count} options; IRLearn allows {QuestionContent.MaxOptions}");
        }

        if (question.Type == InteropQuestionType.MultipleChoice)
        {
            var full = question.Choices.Count(c => c.Fraction >= Full);
            foreach (var partial in question.Choices.Where(c => c.Fraction is > 0 and < Full))
            {
                warnings.Add($"partial credit for \"{partial.Text}\" ({Numbers.Percent(partial.Fraction)} %) not imported: it counts as wrong");
            }

            if (full == 1)
            {
                return (create(QuestionType.MultipleChoice, options: question.Choices.Select(c => new QuestionOption(c.Text, c.Fraction >= Full))), null);
            }

            if (full == 0)
            {
                return (null, "no option earns full credit");
            }

            warnings.Add($"{full} options earn full credit, so it became a multiple-response question");
        }

        var correct = question.Choices.Where(c => c.Fraction > 0).ToList();
        if (correct.Count == 0)
        {
            return (null, "no option earns credit");
        }

        var share = 1m / correct.Count;
        if (question.Type == InteropQuestionType.MultipleResponse
            && question.Choices.Any(c => c.Fraction > 0 ? Math.Abs(c.Fraction - share) > 0.001m : Math.Abs(c.Fraction + share) > 0.001m))
        {
            warnings.Add("the file's per-option weights were replaced by IRLearn's partial credit (an equal share per right option, the same share off per wrong one)");
        }

        return (create(QuestionType.MultipleResponse, options: question.Choices.Select(c => new QuestionOption(c.Text, c.Fraction > 0))), null);
    }

    private static (QuestionContent?, string?) Cloze(InteropQuestion question, List<string> warnings, CreateContent create)
    {
        if (question.Blanks.Count != 1)
        {
            return (null, "a cloze question without a blank");
        }

        var blank = question.Blanks[0];
        var stem = question.Stem.Replace(InteropQuestion.BlankMarker(1), "_____", StringComparison.Ordinal);
        switch (blank.Kind)
        {
            case InteropBlankKind.Choice:
                NoteFeedback(blank.Choices.Select(c => c.Feedback), warnings);
                var full = blank.Choices.Where(c => c.Fraction >= Full).ToList();
                if (full.Count != 1)
                {
                    return (null, full.Count == 0 ? "no option of the blank earns full credit" : "several options of the blank earn full credit");
                }

                return (create(QuestionType.MultipleChoice, options: blank.Choices.Select(c => new QuestionOption(c.Text, c.Fraction >= Full)), stem: stem), null);
            case InteropBlankKind.Numeric:
                var numeric = Numeric(blank.NumericAnswers, warnings);
                return numeric is null ? (null, "no number earns full credit") : (create(QuestionType.Numeric, numeric: numeric, stem: stem), null);
            default:
                var accepted = Accepted(blank.TextAnswers, blank.CaseSensitive, warnings);
                return accepted.Count == 0 ? (null, "no answer earns full credit") : (create(QuestionType.FillInBlank, accepted: accepted, stem: stem), null);
        }
    }

    private delegate QuestionContent CreateContent(QuestionType type, IEnumerable<QuestionOption>? options = null, IEnumerable<string>? accepted = null, NumericAnswer? numeric = null, IEnumerable<MatchPair>? pairs = null, string? stem = null);

    /// <summary>Blank <paramref name="index"/> of a cloze as a one-blank cloze; the other blanks show their answer.</summary>
    private static InteropQuestion SingleBlank(InteropQuestion question, int index)
    {
        var stem = question.Stem;
        for (var i = 0; i < question.Blanks.Count; i++)
        {
            var replacement = i == index ? InteropQuestion.BlankMarker(1) : KeyText(question.Blanks[i]);
            stem = stem.Replace(InteropQuestion.BlankMarker(i + 1), replacement, StringComparison.Ordinal);
        }

        return question with { Stem = stem, Blanks = [question.Blanks[index]] };
    }

    private static string KeyText(InteropBlank blank) => blank.Kind switch
    {
        InteropBlankKind.Choice => blank.Choices.OrderByDescending(c => c.Fraction).Select(c => c.Text).FirstOrDefault() ?? "_____",
        InteropBlankKind.Numeric => blank.NumericAnswers.OrderByDescending(a => a.Fraction).Select(a => Numbers.Format(a.Value)).FirstOrDefault() ?? "_____",
        _ => blank.TextAnswers.OrderByDescending(a => a.Fraction).Select(a => a.Text).FirstOrDefault() ?? "_____",
    };

    private static List<string> Accepted(IReadOnlyList<InteropTextAnswer> answers, bool caseSensitive, List<string> warnings)
    {
        NoteFeedback(answers.Select(a => a.Feedback), warnings);
        foreach (var partial in answers.Where(a => a.Fraction is > 0 and < Full))
        {
            warnings.Add($"\"{partial.Text}\" ({Numbers.Percent(partial.Fraction)} %) not imported: IRLearn accepts answers for full credit only");
        }

        var accepted = answers.Where(a => a.Fraction >= Full).Select(a => a.Text).ToList();
        if (caseSensitive && accepted.Count > 0)
        {
            warnings.Add("answers were case-sensitive; IRLearn compares answers without regard to case");
        }

        return accepted;
    }

    private static NumericAnswer? Numeric(IReadOnlyList<InteropNumericAnswer> answers, List<string> warnings)
    {
        NoteFeedback(answers.Select(a => a.Feedback), warnings);
        var full = answers.FirstOrDefault(a => a.Fraction >= Full);
        foreach (var other in answers.Where(a => a != full && a.Fraction > 0))
        {
            warnings.Add($"the answer {Numbers.Format(other.Value)} ± {Numbers.Format(other.Tolerance)} ({Numbers.Percent(other.Fraction)} %) not imported: IRLearn keeps one answer with its tolerance");
        }

        if (answers.Count(a => a.Fraction >= Full) > 1)
        {
            warnings.Add("several answers earn full credit; the first was kept");
        }

        return full is null ? null : new NumericAnswer(full.Value, full.Tolerance);
    }

    private static (string Explanation, SourceReference? Source) Explanation(InteropQuestion question, string? articleText, List<string> warnings)
    {
        var explanation = question.GeneralFeedback;
        SourceReference? source = null;
        if (question.SourceSentence.Length > 0)
        {
            var at = articleText?.IndexOf(question.SourceSentence, StringComparison.Ordinal) ?? -1;
            if (at >= 0)
            {
                source = new SourceReference(question.SourceSentence, at, question.SourceSentence.Length);
            }
            else
            {
                explanation = FeedbackConvention.Join(explanation, question.SourceSentence);
            }
        }

        if (explanation.Length > QuestionContent.MaxExplanationLength)
        {
            warnings.Add($"the general feedback was cut to {QuestionContent.MaxExplanationLength} characters");
            explanation = explanation[..QuestionContent.MaxExplanationLength];
        }

        return (explanation, source);
    }

    private static List<string> Tags(IReadOnlyList<string> tags, List<string> warnings)
    {
        var kept = new List<string>();
        foreach (var tag in tags.Select(HtmlText.OneLine).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (tag.Length > 50 || kept.Count >= 30)
            {
                warnings.Add($"tag \"{tag}\" not imported (IRLearn keeps at most 30 tags of at most 50 characters)");
                continue;
            }

            kept.Add(tag);
        }

        return kept;
    }

    private static void NoteFeedback(IEnumerable<string> feedback, List<string> warnings)
    {
        if (feedback.Any(f => f.Length > 0))
        {
            warnings.Add("feedback on individual answers not imported (IRLearn shows one explanation)");
        }
    }

    private static string Preview(string text)
    {
        var line = HtmlText.OneLine(text);
        return line.Length <= 60 ? line : line[..57] + "...";
    }

    [GeneratedRegex("_{3,}")]
    private static partial Regex Blank();
}
