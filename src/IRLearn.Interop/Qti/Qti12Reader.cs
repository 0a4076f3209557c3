using System.Text;
using System.Xml.Linq;
using IRLearn.Interop.Text;

namespace IRLearn.Interop.Qti;

/// <summary>
/// Reads QTI 1.2 (<c>questestinterop</c>), as Canvas exports it and as IMS's 1.2.1 samples write it. Canvas says what
/// an item is in its <c>question_type</c> metadata, which is read first; otherwise the type follows the response
/// (<c>response_lid</c> single or multiple, <c>response_str</c> with a numeric or text <c>render_fib</c>). Keys come
/// from the conditions that add score. Canvas writes a numeric tolerance twice (attributes and bounds); the bounds
/// are what Canvas grades with, so they are used. Canvas's HTML arrives entity-escaped once, and the XML parser
/// undoes exactly that. <c>charset="greek"</c> text is in the Symbol font (p is π).
/// </summary>
internal static class Qti12Reader
{
    private static readonly Dictionary<string, string> SkippedTypes = new(StringComparer.Ordinal)
    {
        ["essay_question"] = "essay, which IRLearn cannot grade",
        ["file_upload_question"] = "file upload, which IRLearn cannot grade",
        ["text_only_question"] = "text or stimulus only (no answer), not a question",
        ["calculated_question"] = "calculated (formula), which IRLearn does not support",
        ["categorization_question"] = "categorization (drag-and-drop), which IRLearn does not support",
        ["ordering_question"] = "ordering, which IRLearn does not support",
        ["hot_spot_question"] = "hotspot, which IRLearn does not support",
        ["formula_question"] = "formula, which IRLearn does not support",
    };

    public static void Read(XElement root, ReadCollector collector)
    {
        foreach (var item in root.Descendants().Where(e => e.Name.LocalName == "item"))
        {
            ReadItem(Strip(item), collector);
        }
    }

    private static void ReadItem(XElement item, ReadCollector collector)
    {
        var name = (string?)item.Attribute("title") ?? (string?)item.Attribute("ident") ?? string.Empty;
        var metadata = item.Element("itemmetadata")?.Descendants("qtimetadatafield")
            .ToDictionary(f => f.Element("fieldlabel")?.Value.Trim() ?? string.Empty, f => f.Element("fieldentry")?.Value.Trim() ?? string.Empty, StringComparer.Ordinal)
            ?? [];
        var canvasType = metadata.GetValueOrDefault("question_type");
        if (canvasType is not null && SkippedTypes.TryGetValue(canvasType, out var reason))
        {
            collector.Skip(name, reason);
            return;
        }

        var presentation = item.Element("presentation");
        if (presentation is null)
        {
            collector.Skip(name, "empty item: no presentation, nothing to import");
            return;
        }

        var warnings = new List<string>();
        if (presentation.Descendants("response_xy").Any() || presentation.Descendants("render_hotspot").Any())
        {
            collector.Skip(name, "hotspot, which IRLearn does not support");
            return;
        }

        var responses = presentation.Descendants().Where(e => e.Name.LocalName is "response_lid" or "response_str" or "response_num" or "response_grp").ToList();
        if (responses.Count == 0)
        {
            collector.Skip(name, "no response, nothing to answer");
            return;
        }

        var stemHtml = string.Concat(presentation.Elements("material").Concat(presentation.Elements("flow").Elements("material")).Select(Material));
        var stem = HtmlText.ToText(stemHtml, warnings);
        var conditions = Conditions(item);
        var question = new InteropQuestion { Type = InteropQuestionType.ShortAnswer, Name = name, Stem = stem };
        (InteropQuestion?, string?) read = canvasType switch
        {
            "matching_question" => Matching(question, responses, conditions),
            "fill_in_multiple_blanks_question" or "multiple_dropdowns_question" => Blanks(question, stemHtml, responses, conditions, warnings),
            "numerical_question" => Numeric(question, responses[0], item, warnings),
            "short_answer_question" => ShortAnswer(question, responses[0], conditions),
            "multiple_answers_question" => Choice(question, responses[0], conditions, multiple: true),
            "multiple_choice_question" or "true_false_question" => Choice(question, responses[0], conditions, multiple: false),
            _ => ByStructure(question, responses, item, conditions, warnings),
        };

        if (read.Item1 is null)
        {
            collector.Skip(name, read.Item2!);
            return;
        }

        collector.Add(read.Item1 with { Warnings = warnings });
    }

    private static (InteropQuestion?, string?) ByStructure(InteropQuestion question, List<XElement> responses, XElement item, List<Condition> conditions, List<string> warnings)
    {
        if (responses.Count > 1)
        {
            return (null, "several responses in one item, which IRLearn reads only from Canvas's fill-in-the-blank and matching types");
        }

        var response = responses[0];
        if (response.Name.LocalName == "response_lid")
        {
            var multiple = ((string?)response.Attribute("rcardinality") ?? "Single").Equals("Multiple", StringComparison.OrdinalIgnoreCase);
            return Choice(question, response, conditions, multiple);
        }

        var fibType = (string?)response.Descendants("render_fib").FirstOrDefault()?.Attribute("fibtype") ?? "String";
        return response.Name.LocalName == "response_num" || fibType is "Decimal" or "Integer"
            ? Numeric(question, response, item, warnings)
            : ShortAnswer(question, response, conditions);
    }

    private static (InteropQuestion?, string?) Choice(InteropQuestion question, XElement response, List<Condition> conditions, bool multiple)
    {
        var respident = (string?)response.Attribute("ident") ?? string.Empty;
        var labels = Labels(response);
        var correct = conditions.Where(c => c.Score > 0).SelectMany(c => c.Values.Where(e => e.Respident == respident).Select(e => e.Value)).ToHashSet(StringComparer.Ordinal);
        if (correct.Count == 0)
        {
            return (null, "no answer key");
        }

        if (!multiple && labels.Count == 2 && labels.Any(l => l.Text.Equals("True", StringComparison.OrdinalIgnoreCase)) && labels.Any(l => l.Text.Equals("False", StringComparison.OrdinalIgnoreCase)))
        {
            var trueIsCorrect = correct.Contains(labels.First(l => l.Text.Equals("True", StringComparison.OrdinalIgnoreCase)).Ident);
            return (question with { Type = InteropQuestionType.TrueFalse, Choices = [new InteropChoice("True", trueIsCorrect ? 1 : 0), new InteropChoice("False", trueIsCorrect ? 0 : 1)] }, null);
        }

        var share = multiple ? 1m / correct.Count : 1m;
        return (question with
        {
            Type = multiple ? InteropQuestionType.MultipleResponse : InteropQuestionType.MultipleChoice,
            Choices = [.. labels.Select(l => new InteropChoice(l.Text, correct.Contains(l.Ident) ? share : 0))],
        }, null);
    }

    private static (InteropQuestion?, string?) ShortAnswer(InteropQuestion question, XElement response, List<Condition> conditions)
    {
        var respident = (string?)response.Attribute("ident") ?? string.Empty;
        var equals = conditions.Where(c => c.Score > 0).SelectMany(c => c.Values).Where(e => e.Respident == respident).ToList();
        if (equals.Count == 0)
        {
            return (null, "no answer key");
        }

        return (question with
        {
            Type = InteropQuestionType.ShortAnswer,
            TextAnswers = [.. equals.Select(e => e.Value).Distinct(StringComparer.Ordinal).Select(v => new InteropTextAnswer(v, 1))],
            CaseSensitive = equals.Exists(e => e.CaseSensitive),
        }, null);
    }

    private static (InteropQuestion?, string?) Numeric(InteropQuestion question, XElement response, XElement item, List<string> warnings)
    {
        var respident = (string?)response.Attribute("ident") ?? string.Empty;
        var condition = item.Element("resprocessing")?.Elements("respcondition").FirstOrDefault(c => Score(c) > 0)?.Element("conditionvar");
        if (condition is null)
        {
            return (null, "no answer key");
        }

        decimal? Bound(params string[] names) =>
            condition.Descendants().FirstOrDefault(e => names.Contains(e.Name.LocalName) && (string?)e.Attribute("respident") == respident) is { } bound && Numbers.TryParse(bound.Value, out var v) ? v : null;
        var lower = Bound("vargte", "vargt");
        var upper = Bound("varlte", "varlt");
        var exact = Bound("varequal");
        if (lower is { } lo && upper is { } hi && hi >= lo)
        {
            if (condition.Descendants().Any(e => e.Name.LocalName is "vargt" or "varlt"))
            {
                warnings.Add("an exclusive bound of the accepted range became inclusive");
            }

            var value = (lo + hi) / 2;
            if (exact is { } key && key != value)
            {
                warnings.Add($"the stated answer {Numbers.Format(key)} is not the middle of the accepted range [{Numbers.Format(lo)}, {Numbers.Format(hi)}]; the range was kept");
            }

            return (question with { Type = InteropQuestionType.Numeric, NumericAnswers = [new InteropNumericAnswer(value, hi - value, 1)] }, null);
        }

        return exact is { } only
            ? (question with { Type = InteropQuestionType.Numeric, NumericAnswers = [new InteropNumericAnswer(only, 0, 1)] }, null)
            : (null, "no numeric answer key");
    }

    private static (InteropQuestion?, string?) Matching(InteropQuestion question, List<XElement> responses, List<Condition> conditions)
    {
        var pairs = new List<InteropPair>();
        var rights = new List<string>();
        foreach (var response in responses)
        {
            var respident = (string?)response.Attribute("ident") ?? string.Empty;
            var left = HtmlText.OneLine(HtmlText.ToText(string.Concat(response.Elements("material").Select(Material))));
            var labels = Labels(response);
            rights = [.. labels.Select(l => l.Text)];
            var key = conditions.Where(c => c.Score > 0).SelectMany(c => c.Values).FirstOrDefault(e => e.Respident == respident);
            if (key is not null && labels.Find(l => l.Ident == key.Value) is { } right)
            {
                pairs.Add(new InteropPair(left, right.Text));
            }
        }

        if (pairs.Count == 0)
        {
            return (null, "no answer key");
        }

        var used = pairs.Select(p => p.Right).ToHashSet(StringComparer.Ordinal);
        return (question with { Type = InteropQuestionType.Matching, Pairs = pairs, ExtraRightItems = [.. rights.Where(r => !used.Contains(r)).Distinct(StringComparer.Ordinal)] }, null);
    }

    // Canvas fill-in-multiple-blanks and dropdowns: the stem names each blank as [id]; response_<id> holds its answers.
    private static (InteropQuestion?, string?) Blanks(InteropQuestion question, string stemHtml, List<XElement> responses, List<Condition> conditions, List<string> warnings)
    {
        var blanks = new List<InteropBlank>();
        var html = stemHtml;
        foreach (var response in responses)
        {
            var respident = (string?)response.Attribute("ident") ?? string.Empty;
            var blankId = respident.StartsWith("response_", StringComparison.Ordinal) ? respident["response_".Length..] : respident;
            var token = $"[{blankId}]";
            if (!html.Contains(token, StringComparison.Ordinal))
            {
                return (null, $"blank [{blankId}] is not in the question text");
            }

            var labels = Labels(response);
            var correct = conditions.Where(c => c.Score > 0).SelectMany(c => c.Values.Where(e => e.Respident == respident).Select(e => e.Value)).ToHashSet(StringComparer.Ordinal);
            var answerTypes = response.Descendants("response_label").Select(l => (string?)l.Attribute("answer_type")).ToList();
            foreach (var algorithm in response.Descendants("response_label").Select(l => (string?)l.Attribute("scoring_algorithm")).Distinct())
            {
                var note = algorithm switch
                {
                    "TextRegex" => "a regular-expression answer was imported as literal text",
                    "TextContainsAnswer" => "a \"contains\" answer was imported as an exact answer",
                    "TextCloseEnough" => "an answer that allowed typos (Levenshtein distance) was imported as an exact answer",
                    _ => null,
                };
                if (note is not null)
                {
                    warnings.Add(note);
                }
            }

            InteropBlank blank;
            if (answerTypes.Exists(t => t is "dropdown" or "wordbank"))
            {
                blank = InteropBlank.Choice([.. labels.Select(l => new InteropChoice(l.Text, correct.Contains(l.Ident) ? 1 : 0))]);
                if (!blank.Choices.Any(c => c.Fraction > 0))
                {
                    return (null, $"blank [{blankId}] has no correct choice");
                }
            }
            else
            {
                // Classic Canvas lists every accepted answer as a label of the blank.
                var accepted = labels.Where(l => correct.Count == 0 || correct.Contains(l.Ident)).Select(l => new InteropTextAnswer(l.Text, 1)).ToList();
                if (accepted.Count == 0)
                {
                    return (null, $"blank [{blankId}] has no accepted answer");
                }

                var caseSensitive = response.Descendants("response_label").Any(l => (string?)l.Attribute("ignore_case") == "false");
                blank = InteropBlank.Text(accepted, caseSensitive);
            }

            blanks.Add(blank);
            html = html.Replace(token, InteropQuestion.BlankMarker(blanks.Count), StringComparison.Ordinal);
        }

        return (question with { Type = InteropQuestionType.Cloze, Stem = HtmlText.ToText(html, warnings), Blanks = blanks }, null);
    }

    private static List<(string Ident, string Text)> Labels(XElement response) =>
        [.. response.Descendants("response_label").Select(l => ((string?)l.Attribute("ident") ?? string.Empty, HtmlText.OneLine(HtmlText.ToText(string.Concat(l.Descendants("material").Take(1).Select(Material))))))];

    private sealed record Equal(string Respident, string Value, bool CaseSensitive);

    private sealed record Condition(decimal Score, List<Equal> Values);

    /// <summary>Each scoring condition with the values it requires (those under a <c>not</c> are excluded, not required).</summary>
    private static List<Condition> Conditions(XElement item) =>
        [.. (item.Element("resprocessing")?.Elements("respcondition") ?? []).Select(c => new Condition(
            Score(c),
            [.. (c.Element("conditionvar")?.Descendants("varequal") ?? [])
                .Where(e => !e.Ancestors("not").Any())
                .Select(e => new Equal((string?)e.Attribute("respident") ?? string.Empty, HtmlText.OneLine(e.Value), ((string?)e.Attribute("case") ?? "No").Equals("Yes", StringComparison.OrdinalIgnoreCase)))]))];

    private static decimal Score(XElement condition) =>
        condition.Elements("setvar").Sum(s => ((string?)s.Attribute("action") ?? "Set") is "Set" or "Add" && Numbers.TryParse(s.Value, out var v) ? v : 0);

    /// <summary>The HTML of a <c>material</c>: its text (HTML when <c>texttype</c> says so), with Symbol-font text mapped to Greek.</summary>
    private static string Material(XElement material) =>
        string.Concat(material.Elements().Select(e => e.Name.LocalName switch
        {
            "mattext" or "matemtext" => ((string?)e.Attribute("texttype") ?? "text/plain") == "text/html"
                ? e.Value
                : HtmlText.Escape(((string?)e.Attribute("charset"))?.Equals("greek", StringComparison.OrdinalIgnoreCase) == true ? Greek(e.Value) : e.Value),
            "matbreak" => "<br>",
            "matimage" => $"<img src=\"{(string?)e.Attribute("uri")}\">",
            _ => string.Empty,
        }));

    private static string Greek(string text)
    {
        const string latin = "abgdezhqiklmnxoprstufcyw";
        const string greek = "αβγδεζηθικλμνξοπρστυφχψω";
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var index = latin.IndexOf(char.ToLowerInvariant(c), StringComparison.Ordinal);
            result.Append(index < 0 ? c : char.IsUpper(c) ? char.ToUpperInvariant(greek[index]) : greek[index]);
        }

        return result.ToString();
    }

    /// <summary>Canvas writes a namespace, the IMS samples none; names are read without it.</summary>
    private static XElement Strip(XElement element) =>
        new(
            element.Name.LocalName,
            element.Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => new XAttribute(a.Name.LocalName, a.Value)),
            element.Nodes().Select(n => n is XElement child ? Strip(child) : (object)n));
}
