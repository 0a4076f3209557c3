using System.Xml.Linq;
using IRLearn.Interop.Text;

namespace IRLearn.Interop.Qti;

/// <summary>Metadata a package manifest gives one item (LOM keywords and difficulty).</summary>
internal sealed record QtiItemMetadata(IReadOnlyList<string> Keywords, string? Difficulty)
{
    public static readonly QtiItemMetadata None = new([], null);
}

/// <summary>
/// Reads one QTI 2.1 or 3.0 <c>assessmentItem</c> (3.0 is normalised to 2.x names first, see <see cref="QtiNames"/>).
/// QTI has no true/false, numeric or cloze item types, so the type is inferred from the interactions and the response
/// declaration: one choice interaction is multiple choice or, with <c>maxChoices ≠ 1</c>, multiple response (and
/// true/false when its two choices say so); one text entry is numeric for a float or integer response, a cloze blank
/// inside running text, a short answer otherwise; several text entries and inline choices make a cloze; a match
/// interaction is matching. Keys come from <c>correctResponse</c>, else from the mapping, else from response
/// processing (some tools write the key only there); tolerances only ever live in response processing.
/// Essays, hotspots, ordering, gap match, uploads and templated (calculated) items are skipped with the reason.
/// </summary>
internal static class QtiItemReader
{
    private static readonly Dictionary<string, string> Unsupported = new(StringComparer.Ordinal)
    {
        ["extendedTextInteraction"] = "essay (extended text), which IRLearn cannot grade",
        ["hotspotInteraction"] = "hotspot, which IRLearn does not support",
        ["selectPointInteraction"] = "hotspot (select point), which IRLearn does not support",
        ["graphicOrderInteraction"] = "graphic ordering, which IRLearn does not support",
        ["graphicAssociateInteraction"] = "graphic association, which IRLearn does not support",
        ["graphicGapMatchInteraction"] = "drag-and-drop (graphic gap match), which IRLearn does not support",
        ["gapMatchInteraction"] = "drag-and-drop (gap match), which IRLearn does not support",
        ["orderInteraction"] = "ordering, which IRLearn does not support",
        ["associateInteraction"] = "association (unordered pairs), which IRLearn does not support",
        ["uploadInteraction"] = "file upload, which IRLearn cannot grade",
        ["drawingInteraction"] = "drawing, which IRLearn cannot grade",
        ["sliderInteraction"] = "slider, which IRLearn does not support",
        ["hottextInteraction"] = "hot text, which IRLearn does not support",
        ["mediaInteraction"] = "media interaction, which IRLearn does not support",
        ["customInteraction"] = "custom interaction, which IRLearn does not support",
        ["portableCustomInteraction"] = "portable custom interaction, which IRLearn does not support",
        ["positionObjectStage"] = "position object, which IRLearn does not support",
        ["endAttemptInteraction"] = "end-attempt interaction, which IRLearn does not support",
    };

    private static readonly string[] Supported = ["choiceInteraction", "textEntryInteraction", "inlineChoiceInteraction", "matchInteraction"];

    private static readonly (string True, string False)[] TrueFalseWords =
    [
        ("true", "false"), ("richtig", "falsch"), ("wahr", "falsch"), ("vrai", "faux"), ("verdadero", "falso"), ("vero", "falso"), ("waar", "onwaar"),
    ];

    public static void Read(XElement original, string path, QtiItemMetadata metadata, ReadCollector collector)
    {
        var isQti3 = original.Name.NamespaceName == QtiNames.Qti30Namespace || original.Name.LocalName.StartsWith("qti-", StringComparison.Ordinal);
        var item = QtiNames.ToQti2(original);
        var name = (string?)item.Attribute("title") ?? (string?)item.Attribute("identifier") ?? path;
        if (item.Name.LocalName != "assessmentItem")
        {
            collector.Skip(name, $"<{original.Name.LocalName}> is not an assessment item");
            return;
        }

        var warnings = new List<string>();
        if (isQti3 && !original.Name.LocalName.StartsWith("qti-", StringComparison.Ordinal))
        {
            warnings.Add("QTI 3.0 namespace with QTI 2 element names (a pre-final draft)");
        }

        var body = item.Element("itemBody");
        var interactions = body?.Descendants().Where(e => e.Name.LocalName.EndsWith("Interaction", StringComparison.Ordinal) || e.Name.LocalName == "positionObjectStage").ToList() ?? [];
        if (item.Element("templateDeclaration") is not null || item.Element("templateProcessing") is not null)
        {
            collector.Skip(name, "calculated (template variables), which IRLearn does not support");
            return;
        }

        if (interactions.FirstOrDefault(i => Unsupported.ContainsKey(i.Name.LocalName)) is { } unsupported)
        {
            collector.Skip(name, Unsupported[unsupported.Name.LocalName]);
            return;
        }

        if (interactions.Count == 0 || body is null)
        {
            collector.Skip(name, isQti3 && warnings.Count > 0 ? "no supported interaction; not valid QTI 3.0" : "no interaction, so nothing to answer");
            return;
        }

        if (interactions.FirstOrDefault(i => Array.IndexOf(Supported, i.Name.LocalName) < 0) is { } unknown)
        {
            collector.Skip(name, $"{unknown.Name.LocalName}, which IRLearn does not support");
            return;
        }

        foreach (var attribute in item.Elements("responseDeclaration").Attributes().Where(a => a.Name.LocalName is not ("identifier" or "cardinality" or "baseType")))
        {
            warnings.Add($"unknown attribute \"{attribute.Name.LocalName}\" on a response declaration ignored (the item does not match the QTI schema)");
        }

        var declarations = item.Elements("responseDeclaration").ToDictionary(d => (string?)d.Attribute("identifier") ?? string.Empty, StringComparer.Ordinal);
        var processing = item.Element("responseProcessing");
        var (explanation, source) = GeneralFeedback(item, warnings);
        var question = new InteropQuestion
        {
            Type = InteropQuestionType.ShortAnswer,
            Name = name,
            Stem = string.Empty,
            GeneralFeedback = explanation,
            SourceSentence = source,
            Tags = metadata.Keywords,
            Difficulty = metadata.Difficulty,
        };

        var kinds = interactions.Select(i => i.Name.LocalName).ToList();
        (InteropQuestion?, string?) read = kinds switch
        {
            ["choiceInteraction"] => Choice(question, body, interactions[0], declarations, warnings),
            ["matchInteraction"] => Match(question, body, interactions[0], declarations, warnings),
            _ when kinds.All(k => k is "textEntryInteraction" or "inlineChoiceInteraction") => Blanks(question, body, interactions, declarations, processing, warnings),
            _ => (null, $"a mix of interactions ({string.Join(", ", kinds.Distinct())}) that no IRLearn type holds"),
        };

        if (read.Item1 is null)
        {
            collector.Skip(name, read.Item2!);
            return;
        }

        collector.Add(read.Item1 with { Warnings = warnings });
    }

    private static (InteropQuestion?, string?) Choice(InteropQuestion question, XElement body, XElement interaction, Dictionary<string, XElement> declarations, List<string> warnings)
    {
        var declaration = Declaration(interaction, declarations);
        var choices = interaction.Elements("simpleChoice").Select(c => ((string?)c.Attribute("identifier") ?? string.Empty, HtmlText.OneLine(Content(c, warnings)))).ToList();
        var correct = CorrectValues(declaration);
        var mapping = Mapping(declaration);
        if (correct.Count == 0)
        {
            correct = [.. mapping.Entries.Where(e => e.Value > 0).Select(e => e.Key)];
        }

        if (correct.Count == 0)
        {
            return (null, "no answer key (no correct response or mapping)");
        }

        var maxChoices = (string?)interaction.Attribute("maxChoices") ?? "1";
        var single = ((string?)declaration?.Attribute("cardinality") ?? "single") == "single" || maxChoices == "1";
        var stem = Stem(body, interaction, warnings);
        if (single)
        {
            if (TrueFalse(choices.Select(c => c.Item2).ToList()) is { } trueIndex)
            {
                var trueIsCorrect = correct.Contains(choices[trueIndex].Item1);
                if (!choices[trueIndex].Item2.Equals("True", StringComparison.OrdinalIgnoreCase))
                {
                    warnings.Add($"choices \"{choices[trueIndex].Item2}\" / \"{choices[1 - trueIndex].Item2}\" read as True / False");
                }

                return (question with
                {
                    Type = InteropQuestionType.TrueFalse,
                    Stem = stem,
                    Choices = [new InteropChoice("True", trueIsCorrect ? 1 : 0), new InteropChoice("False", trueIsCorrect ? 0 : 1)],
                }, null);
            }

            return (question with
            {
                Type = InteropQuestionType.MultipleChoice,
                Stem = stem,
                Choices = [.. choices.Select(c => new InteropChoice(c.Item2, correct.Contains(c.Item1) ? 1 : 0))],
            }, null);
        }

        // Credit per choice from the mapping, scaled so the best total is 1; without a mapping, equal shares.
        var positive = mapping.Entries.Where(e => e.Value > 0).Sum(e => e.Value);
        var list = choices.Select(c =>
        {
            decimal fraction;
            if (positive > 0)
            {
                fraction = (mapping.Entries.TryGetValue(c.Item1, out var value) ? value : mapping.Default) / positive;
            }
            else
            {
                fraction = correct.Contains(c.Item1) ? 1m / correct.Count : 0;
            }

            return new InteropChoice(c.Item2, fraction);
        }).ToList();
        return (question with { Type = InteropQuestionType.MultipleResponse, Stem = stem, Choices = list }, null);
    }

    private static (InteropQuestion?, string?) Match(InteropQuestion question, XElement body, XElement interaction, Dictionary<string, XElement> declarations, List<string> warnings)
    {
        var sets = interaction.Elements("simpleMatchSet").ToList();
        if (sets.Count != 2)
        {
            return (null, "a match interaction needs two sets");
        }

        var sources = Choices(sets[0], warnings);
        var targets = Choices(sets[1], warnings);
        var declaration = Declaration(interaction, declarations);
        var correct = CorrectValues(declaration);
        if (correct.Count == 0)
        {
            correct = [.. Mapping(declaration).Entries.Where(e => e.Value > 0).Select(e => e.Key)];
        }

        var pairs = new List<InteropPair>();
        foreach (var value in correct)
        {
            var ids = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (ids.Length == 2 && sources.TryGetValue(ids[0], out var left) && targets.TryGetValue(ids[1], out var right))
            {
                pairs.Add(new InteropPair(left, right));
            }
        }

        if (pairs.Count == 0)
        {
            return (null, "no answer key (no correct pairs)");
        }

        var used = pairs.Select(p => p.Right).ToHashSet(StringComparer.Ordinal);
        return (question with
        {
            Type = InteropQuestionType.Matching,
            Stem = Stem(body, interaction, warnings),
            Pairs = pairs,
            ExtraRightItems = [.. targets.Values.Where(t => !used.Contains(t))],
        }, null);
    }

    private static (InteropQuestion?, string?) Blanks(InteropQuestion question, XElement body, List<XElement> interactions, Dictionary<string, XElement> declarations, XElement? processing, List<string> warnings)
    {
        var blanks = new List<InteropBlank>();
        foreach (var interaction in interactions)
        {
            var declaration = Declaration(interaction, declarations);
            var identifier = (string?)interaction.Attribute("responseIdentifier") ?? string.Empty;
            var baseType = (string?)declaration?.Attribute("baseType") ?? "string";
            var correct = CorrectValues(declaration);
            var mapping = Mapping(declaration);
            if (interaction.Name.LocalName == "inlineChoiceInteraction")
            {
                if (correct.Count == 0)
                {
                    correct = [.. mapping.Entries.Where(e => e.Value > 0).Select(e => e.Key)];
                }

                if (correct.Count == 0)
                {
                    return (null, "no answer key (custom response processing that IRLearn cannot read)");
                }

                var options = interaction.Elements("inlineChoice").Select(c => new InteropChoice(HtmlText.OneLine(Content(c, warnings)), correct.Contains((string?)c.Attribute("identifier") ?? string.Empty) ? 1 : 0)).ToList();
                blanks.Add(InteropBlank.Choice(options));
            }
            else if (baseType is "float" or "integer")
            {
                if (correct.Count == 0 && ProcessingKey(processing, identifier) is { } key)
                {
                    correct = [key];
                }

                if (correct.Count == 0 || !Numbers.TryParse(correct[0], out var value))
                {
                    return (null, "no numeric answer key");
                }

                var tolerance = Tolerance(processing, identifier, value, warnings);
                blanks.Add(InteropBlank.Numeric([new InteropNumericAnswer(value, tolerance, 1)]));
            }
            else
            {
                var answers = new List<InteropTextAnswer>();
                var caseSensitive = true;
                var best = mapping.Entries.Count > 0 ? mapping.Entries.Values.Max() : 0;
                foreach (var entry in mapping.Entries.Where(e => e.Value > 0))
                {
                    answers.Add(new InteropTextAnswer(entry.Key, best > 0 ? entry.Value / best : 1));
                }

                caseSensitive = mapping.CaseSensitive;
                foreach (var value in correct.Where(v => !answers.Exists(a => a.Text == v)))
                {
                    answers.Insert(0, new InteropTextAnswer(value, 1));
                }

                if (answers.Count == 0 && ProcessingKey(processing, identifier) is { } key)
                {
                    answers.Add(new InteropTextAnswer(key, 1));
                }

                if (answers.Count == 0)
                {
                    return (null, "no answer key (custom response processing that IRLearn cannot read)");
                }

                blanks.Add(InteropBlank.Text(answers, caseSensitive));
            }
        }

        var stem = StemWithBlanks(body, interactions, warnings);
        if (blanks.Count == 1 && interactions[0].Name.LocalName == "textEntryInteraction")
        {
            var blank = blanks[0];
            var inRunningText = InRunningText(interactions[0]);
            var singleStem = stem.Replace(InteropQuestion.BlankMarker(1), inRunningText ? "_____" : string.Empty, StringComparison.Ordinal).Trim();
            if (blank.Kind == InteropBlankKind.Numeric)
            {
                return (question with { Type = InteropQuestionType.Numeric, Stem = HtmlText.Normalise(singleStem), NumericAnswers = blank.NumericAnswers }, null);
            }

            if (!inRunningText)
            {
                return (question with { Type = InteropQuestionType.ShortAnswer, Stem = HtmlText.Normalise(singleStem), TextAnswers = blank.TextAnswers, CaseSensitive = blank.CaseSensitive }, null);
            }
        }

        return (question with { Type = InteropQuestionType.Cloze, Stem = stem, Blanks = blanks }, null);
    }

    /// <summary>The interaction sits in a paragraph with other words (a gap in a sentence), not alone in its block.</summary>
    private static bool InRunningText(XElement interaction)
    {
        var parent = interaction.Parent;
        return parent is not null && parent.Nodes().OfType<XText>().Any(t => t.Value.Trim().Length > 0);
    }

    private static string? ProcessingKey(XElement? processing, string identifier)
    {
        if (processing is null)
        {
            return null;
        }

        foreach (var comparison in processing.Descendants().Where(e => e.Name.LocalName is "equal" or "match" or "stringMatch"))
        {
            var operands = comparison.Elements().ToList();
            if (operands.Exists(o => o.Name.LocalName == "variable" && (string?)o.Attribute("identifier") == identifier)
                && operands.Find(o => o.Name.LocalName == "baseValue") is { } value)
            {
                return value.Value.Trim();
            }
        }

        return null;
    }

    /// <summary>
    /// The tolerance of a numeric blank, from the <c>equal</c> that compares its response in response processing:
    /// exact → 0; absolute → the tolerance (the narrower side when 3.0 gives two); relative → that percentage of the key.
    /// </summary>
    private static decimal Tolerance(XElement? processing, string identifier, decimal value, List<string> warnings)
    {
        var equal = processing?.Descendants().FirstOrDefault(e => e.Name.LocalName == "equal"
            && e.Elements().Any(o => o.Name.LocalName == "variable" && (string?)o.Attribute("identifier") == identifier));
        if (equal is null)
        {
            return 0;
        }

        var mode = (string?)equal.Attribute("toleranceMode") ?? "exact";
        var parts = ((string?)equal.Attribute("tolerance") ?? "0").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => Numbers.TryParse(p, out var t) ? Math.Abs(t) : 0m)
            .ToList();
        if (mode == "exact" || parts.Count == 0)
        {
            return 0;
        }

        if (parts.Count == 2 && parts[0] != parts[1])
        {
            warnings.Add($"different lower and upper tolerances ({parts[0]} and {parts[1]}); the narrower one was kept");
        }

        var tolerance = parts.Min();
        if (((string?)equal.Attribute("includeLowerBound") ?? "true") == "false" || ((string?)equal.Attribute("includeUpperBound") ?? "true") == "false")
        {
            warnings.Add("an exclusive tolerance bound became inclusive");
        }

        return mode == "relative" ? Math.Abs(value) * tolerance / 100m : tolerance;
    }

    private static (string Explanation, string Source) GeneralFeedback(XElement item, List<string> warnings)
    {
        var feedbacks = item.Elements("modalFeedback").ToList();
        var general = feedbacks.Find(f => (string?)f.Attribute("identifier") == QtiItemWriter.GeneralFeedbackIdentifier);
        var others = feedbacks.Count - (general is null ? 0 : 1);
        if (others > 0)
        {
            warnings.Add($"{others} answer-dependent feedback message(s) not imported");
        }

        return general is null ? (string.Empty, string.Empty) : FeedbackConvention.Split(Content(general, warnings));
    }

    private static XElement? Declaration(XElement interaction, Dictionary<string, XElement> declarations) =>
        declarations.GetValueOrDefault((string?)interaction.Attribute("responseIdentifier") ?? string.Empty);

    private static List<string> CorrectValues(XElement? declaration) =>
        declaration?.Element("correctResponse")?.Elements("value").Select(v => HtmlText.OneLine(v.Value)).Where(v => v.Length > 0).ToList() ?? [];

    private static (Dictionary<string, decimal> Entries, decimal Default, bool CaseSensitive) Mapping(XElement? declaration)
    {
        var mapping = declaration?.Element("mapping");
        var entries = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var caseSensitive = true;
        foreach (var entry in mapping?.Elements("mapEntry") ?? [])
        {
            var key = HtmlText.OneLine((string?)entry.Attribute("mapKey") ?? string.Empty);
            if (key.Length > 0 && Numbers.TryParse((string?)entry.Attribute("mappedValue"), out var value))
            {
                entries[key] = value;
            }

            caseSensitive &= ((string?)entry.Attribute("caseSensitive") ?? "true") != "false";
        }

        _ = Numbers.TryParse((string?)mapping?.Attribute("defaultValue") ?? "0", out var defaultValue);
        return (entries, defaultValue, caseSensitive);
    }

    private static Dictionary<string, string> Choices(XElement set, List<string> warnings) =>
        set.Elements("simpleAssociableChoice").ToDictionary(
            c => (string?)c.Attribute("identifier") ?? string.Empty,
            c => HtmlText.OneLine(Content(c, warnings)),
            StringComparer.Ordinal);

    private static int? TrueFalse(List<string> texts)
    {
        if (texts.Count != 2)
        {
            return null;
        }

        foreach (var (t, f) in TrueFalseWords)
        {
            if (texts[0].Equals(t, StringComparison.OrdinalIgnoreCase) && texts[1].Equals(f, StringComparison.OrdinalIgnoreCase))
            {
                return 0;
            }

            if (texts[1].Equals(t, StringComparison.OrdinalIgnoreCase) && texts[0].Equals(f, StringComparison.OrdinalIgnoreCase))
            {
                return 1;
            }
        }

        return null;
    }

    /// <summary>The body's text with the choice or match interaction replaced by its prompt.</summary>
    private static string Stem(XElement body, XElement interaction, List<string> warnings)
    {
        var copy = new XElement(body);
        var target = copy.Descendants(interaction.Name).First();
        var prompt = target.Element("prompt");
        target.ReplaceWith(prompt is null ? null : new XElement("p", prompt.Nodes()));
        return Content(copy, warnings);
    }

    /// <summary>The body's text with each blank interaction replaced by its marker, in document order.</summary>
    private static string StemWithBlanks(XElement body, List<XElement> interactions, List<string> warnings)
    {
        var copy = new XElement(body);
        var targets = copy.Descendants().Where(e => e.Name.LocalName is "textEntryInteraction" or "inlineChoiceInteraction").ToList();
        for (var i = 0; i < targets.Count && i < interactions.Count; i++)
        {
            targets[i].ReplaceWith(new XText(InteropQuestion.BlankMarker(i + 1)));
        }

        return Content(copy, warnings);
    }

    /// <summary>The text of an element's content, without inline or block feedback, rubrics or stylesheets.</summary>
    private static string Content(XElement element, List<string> warnings)
    {
        var copy = new XElement(element);
        var dropped = copy.Descendants().Where(e => e.Name.LocalName is "feedbackInline" or "feedbackBlock" or "rubricBlock" or "stylesheet" or "templateBlock" or "templateInline").ToList();
        if (dropped.Any(e => e.Name.LocalName.StartsWith("feedback", StringComparison.Ordinal)))
        {
            warnings.Add("inline feedback not imported");
        }

        dropped.ForEach(e => e.Remove());
        var html = string.Concat(copy.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
        return HtmlText.ToText(html, warnings);
    }
}
