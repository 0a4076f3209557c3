using System.Xml.Linq;
using IRLearn.Interop.Text;

namespace IRLearn.Interop.Moodle;

/// <summary>
/// Reads Moodle XML (<c>&lt;quiz&gt;&lt;question type="…"&gt;</c>) as Moodle's importer does: category
/// pseudo-questions switch the category and are not counted; every text has its own <c>format</c> (html,
/// moodle_auto_format, plain_text, markdown), per answer too; an answer grade outside Moodle's grade list makes the
/// whole file invalid (Moodle refuses it, and so does this reader); a question type IRLearn has no counterpart for is
/// skipped with its name and type; a cloze question that Moodle would reject is skipped with Moodle's reason.
/// Stray elements and processing instructions (generated files have them) are ignored.
/// </summary>
internal static class MoodleXmlReader
{
    public static InteropReadResult Read(XDocument document, string fileName, IReadOnlyList<string> fileWarnings)
    {
        var collector = new ReadCollector(InteropFormat.MoodleXml);
        foreach (var warning in fileWarnings)
        {
            collector.Warn(warning);
        }

        var root = document.Root!;
        if (root.Name.LocalName != "quiz")
        {
            throw new InteropFileException($"{fileName} is XML but not Moodle XML: its root element is <{root.Name.LocalName}>, not <quiz>.");
        }

        CheckGrades(root, fileName);
        var category = string.Empty;
        foreach (var element in root.Elements("question"))
        {
            var type = (string?)element.Attribute("type") ?? string.Empty;
            if (type == "category")
            {
                category = HtmlText.OneLine(element.Element("category")?.Element("text")?.Value ?? string.Empty);
                continue;
            }

            ReadQuestion(element, type, category, collector);
        }

        return collector.Result();
    }

    // Moodle checks every grade before it imports anything, so one bad grade refuses the file (error_invalid_grades).
    private static void CheckGrades(XElement root, string fileName)
    {
        foreach (var question in root.Elements("question"))
        {
            foreach (var answer in question.Elements("answer"))
            {
                var raw = (string?)answer.Attribute("fraction");
                if (raw is null || !Numbers.TryParse(raw, out var percent))
                {
                    continue;
                }

                if (!MoodleGrades.IsValid(percent / 100m))
                {
                    var name = HtmlText.OneLine(HtmlText.ToText(question.Element("name")?.Element("text")?.Value));
                    throw new InteropFileException(
                        $"{fileName}: question \"{name}\" has the grade {raw} %, which is not one of Moodle's grades (for one third write 33.33333). Moodle refuses such a file, so nothing was imported.");
                }
            }
        }
    }

    private static void ReadQuestion(XElement element, string type, string category, ReadCollector collector)
    {
        var warnings = new List<string>();
        var name = HtmlText.OneLine(HtmlText.ToText(element.Element("name")?.Element("text")?.Value));
        var (stemText, stemFormat) = RawText(element.Element("questiontext"));
        var feedback = Convert(element.Element("generalfeedback"), warnings);
        var (explanation, source) = FeedbackConvention.Split(feedback);
        var (tags, difficulty) = TagConvention.Split(element.Element("tags")?.Elements("tag").Select(t => HtmlText.OneLine(t.Element("text")?.Value ?? t.Value)) ?? []);
        var question = new InteropQuestion
        {
            Type = InteropQuestionType.ShortAnswer,
            Name = name,
            Stem = string.Empty,
            GeneralFeedback = explanation,
            SourceSentence = source,
            Tags = tags,
            Difficulty = difficulty,
            Category = category,
        };

        if (type != "cloze")
        {
            question = question with { Stem = ToText(stemText, stemFormat, warnings) };
        }

        (InteropQuestion Question, string? Problem) read = type switch
        {
            "multichoice" => Choice(element, question, warnings),
            "truefalse" => TrueFalse(element, question, warnings),
            "shortanswer" => ShortAnswer(element, question, warnings),
            "numerical" => Numerical(element, question, warnings),
            "matching" or "match" => Matching(element, question, warnings),
            "cloze" or "multianswer" => Cloze(stemText, stemFormat, question, warnings),
            "gapselect" => GapSelect(element, question),
            "essay" => (question, "essay (no answer key), which IRLearn cannot grade"),
            "description" => (question, "description, not a question"),
            "ddwtos" or "ddimageortext" or "ddmarker" => (question, $"drag-and-drop ({type}), which IRLearn does not support"),
            _ when type.StartsWith("calculated", StringComparison.Ordinal) => (question, $"calculated question ({type}): its values come from datasets, which IRLearn does not support"),
            _ => (question, $"question type \"{type}\", which IRLearn does not support"),
        };

        if (read.Problem is not null)
        {
            collector.Skip(name, read.Problem);
            return;
        }

        collector.Add(read.Question with { Warnings = warnings });
    }

    private static (InteropQuestion, string?) Choice(XElement element, InteropQuestion question, List<string> warnings)
    {
        var single = element.Element("single")?.Value.Trim().ToLowerInvariant() is "true" or "1";
        var choices = Answers(element, warnings).Select(a => new InteropChoice(HtmlText.OneLine(a.Text), a.Fraction, a.Feedback)).ToList();
        return choices.Count < 2
            ? (question, "a choice question needs at least two answers")
            : (question with { Type = single ? InteropQuestionType.MultipleChoice : InteropQuestionType.MultipleResponse, Choices = choices }, null);
    }

    private static (InteropQuestion, string?) TrueFalse(XElement element, InteropQuestion question, List<string> warnings)
    {
        var answers = Answers(element, warnings, plain: true).ToList();
        var trueAnswer = answers.Find(a => a.Text.Trim().Equals("true", StringComparison.OrdinalIgnoreCase));
        var falseAnswer = answers.Find(a => a.Text.Trim().Equals("false", StringComparison.OrdinalIgnoreCase));
        if (trueAnswer.Text is null || falseAnswer.Text is null)
        {
            return (question, "a true/false question needs the answers \"true\" and \"false\"");
        }

        return (question with
        {
            Type = InteropQuestionType.TrueFalse,
            Choices = [new InteropChoice("True", trueAnswer.Fraction, trueAnswer.Feedback), new InteropChoice("False", falseAnswer.Fraction, falseAnswer.Feedback)],
        }, null);
    }

    private static (InteropQuestion, string?) ShortAnswer(XElement element, InteropQuestion question, List<string> warnings)
    {
        var answers = new List<InteropTextAnswer>();
        foreach (var answer in Answers(element, warnings, plain: true))
        {
            if (answer.Text.Trim() == "*")
            {
                warnings.Add("catch-all answer \"*\" is not an accepted answer; not imported");
                continue;
            }

            answers.Add(new InteropTextAnswer(HtmlText.OneLine(answer.Text), answer.Fraction, answer.Feedback));
        }

        var caseSensitive = element.Element("usecase")?.Value.Trim() is "1" or "true";
        return answers.Count == 0
            ? (question, "a short-answer question needs at least one answer")
            : (question with { Type = InteropQuestionType.ShortAnswer, TextAnswers = answers, CaseSensitive = caseSensitive }, null);
    }

    private static (InteropQuestion, string?) Numerical(XElement element, InteropQuestion question, List<string> warnings)
    {
        var answers = new List<InteropNumericAnswer>();
        foreach (var answer in element.Elements("answer"))
        {
            var (value, fraction, feedback) = (answer.Element("text")?.Value.Trim() ?? string.Empty, Fraction(answer), Convert(answer.Element("feedback"), warnings));
            if (value == "*")
            {
                warnings.Add("catch-all answer \"*\" is not an accepted answer; not imported");
                continue;
            }

            if (!Numbers.TryParse(value, out var number) || !Numbers.TryParse(answer.Element("tolerance")?.Value ?? "0", out var tolerance))
            {
                return (question, $"numeric answer \"{value}\" is not a number");
            }

            answers.Add(new InteropNumericAnswer(number, Math.Abs(tolerance), fraction, feedback));
        }

        if (element.Element("units")?.Elements("unit").Any() == true)
        {
            warnings.Add("units not imported");
        }

        return answers.Count == 0
            ? (question, "a numeric question needs at least one number")
            : (question with { Type = InteropQuestionType.Numeric, NumericAnswers = answers }, null);
    }

    private static (InteropQuestion, string?) Matching(XElement element, InteropQuestion question, List<string> warnings) =>
        question.AsMatching(element.Elements("subquestion").Select(sub => (
            HtmlText.OneLine(Convert(sub, warnings)),
            HtmlText.OneLine(sub.Element("answer")?.Element("text")?.Value ?? string.Empty))));

    private static (InteropQuestion, string?) Cloze(string stemText, string format, InteropQuestion question, List<string> warnings)
    {
        var (text, blanks, error) = ClozeSyntax.Parse(stemText, part => ToText(part, format == "markdown" ? "plain_text" : "html", warnings), warnings);
        return error is not null
            ? (question, error)
            : (question with { Type = InteropQuestionType.Cloze, Stem = ToText(text, format, warnings), Blanks = blanks }, null);
    }

    // Select missing words: [[n]] in the text names the n-th <selectoption>, the right one; the dropdown offers every
    // option of the same group.
    private static (InteropQuestion, string?) GapSelect(XElement element, InteropQuestion question)
    {
        var options = element.Elements("selectoption")
            .Select(o => (Text: HtmlText.OneLine(HtmlText.ToText(o.Element("text")?.Value)), Group: o.Element("group")?.Value.Trim() ?? "1"))
            .ToList();
        var blanks = new List<InteropBlank>();
        var stem = System.Text.RegularExpressions.Regex.Replace(question.Stem, @"\[\[(\d+)\]\]", match =>
        {
            var index = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 1;
            if (index < 0 || index >= options.Count)
            {
                return match.Value;
            }

            var group = options[index].Group;
            blanks.Add(InteropBlank.Choice([.. options.Where(o => o.Group == group).Select(o => new InteropChoice(o.Text, o.Text == options[index].Text ? 1 : 0))]));
            return InteropQuestion.BlankMarker(blanks.Count);
        });
        return blanks.Count == 0
            ? (question, "select-missing-words question without a gap")
            : (question with { Type = InteropQuestionType.Cloze, Stem = stem, Blanks = blanks, Warnings = [.. question.Warnings, "select missing words (gapselect) imported as dropdown blanks"] }, null);
    }

    private static IEnumerable<(string Text, decimal Fraction, string Feedback)> Answers(XElement element, List<string> warnings, bool plain = false) =>
        element.Elements("answer").Select(answer => (
            plain ? answer.Element("text")?.Value ?? string.Empty : Convert(answer, warnings),
            Fraction(answer),
            Convert(answer.Element("feedback"), warnings)));

    private static decimal Fraction(XElement answer) =>
        Numbers.TryParse((string?)answer.Attribute("fraction"), out var percent) ? percent / 100m : 0m;

    private static (string Text, string Format) RawText(XElement? element) =>
        (element?.Element("text")?.Value ?? string.Empty, (string?)element?.Attribute("format") ?? "html");

    private static string Convert(XElement? element, List<string> warnings)
    {
        var (text, format) = RawText(element);
        return ToText(text, format, warnings);
    }

    private static string ToText(string text, string format, List<string> warnings) => format switch
    {
        "plain_text" or "markdown" => HtmlText.Normalise(text),
        "moodle_auto_format" => HtmlText.ToText(text.Replace("\n", "<br>", StringComparison.Ordinal), warnings),
        _ => HtmlText.ToText(text, warnings),
    };
}
