using System.Globalization;
using System.Xml.Linq;
using IRLearn.Interop.Text;

namespace IRLearn.Interop.Qti;

/// <summary>
/// Writes one question as a QTI 2.1 or 3.0 assessment item. Scoring is written out as response processing rather
/// than a template, because the explanation is a modal feedback that must be shown whatever the answer (the
/// processing sets <c>FEEDBACK</c> to <see cref="GeneralFeedbackIdentifier"/>), and a numeric tolerance has no other
/// place in QTI. Multiple response, short answer, cloze and matching score through a mapping that reproduces
/// IRLearn's grading (a share per right choice or pair, the same share off per wrong choice, never below 0).
/// The item is built with 2.1 names and renamed for 3.0 (see <see cref="QtiNames"/>).
/// </summary>
internal static class QtiItemWriter
{
    public const string GeneralFeedbackIdentifier = "GENERAL";

    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private static readonly HashSet<string> HtmlNames = new(StringComparer.Ordinal) { "p", "div", "span", "br" };

    public static XDocument Write(InteropQuestion question, string identifier, bool qti3)
    {
        var declarations = new List<XElement>();
        var bodyContent = new List<XElement>();
        var processing = new List<XElement>();
        switch (question.Type)
        {
            case InteropQuestionType.MultipleChoice:
            case InteropQuestionType.TrueFalse:
            case InteropQuestionType.MultipleResponse:
                WriteChoice(question, declarations, bodyContent, processing);
                break;
            case InteropQuestionType.ShortAnswer:
                declarations.Add(TextDeclaration("RESPONSE", question.TextAnswers, question.CaseSensitive));
                bodyContent.AddRange(Paragraphs(question.Stem));
                bodyContent.Add(new XElement("p", new XElement("textEntryInteraction", new XAttribute("responseIdentifier", "RESPONSE"), new XAttribute("expectedLength", 30))));
                processing.Add(MapScore("RESPONSE"));
                break;
            case InteropQuestionType.Numeric:
                var answer = question.NumericAnswers.First(a => a.Fraction == question.NumericAnswers.Max(x => x.Fraction));
                declarations.Add(NumericDeclaration("RESPONSE", answer));
                bodyContent.AddRange(Paragraphs(question.Stem));
                bodyContent.Add(new XElement("p", new XElement("textEntryInteraction", new XAttribute("responseIdentifier", "RESPONSE"), new XAttribute("expectedLength", 15))));
                processing.Add(NumericScore("RESPONSE", answer.Tolerance, qti3));
                break;
            case InteropQuestionType.Matching:
                WriteMatching(question, declarations, bodyContent, processing);
                break;
            case InteropQuestionType.Cloze:
                WriteCloze(question, declarations, bodyContent, processing, qti3);
                break;
        }

        var feedback = FeedbackConvention.Join(question.GeneralFeedback, question.SourceSentence);
        var outcomes = new List<XElement>
        {
            new("outcomeDeclaration", new XAttribute("identifier", "SCORE"), new XAttribute("cardinality", "single"), new XAttribute("baseType", "float"), new XElement("defaultValue", new XElement("value", "0"))),
            new("outcomeDeclaration", new XAttribute("identifier", "MAXSCORE"), new XAttribute("cardinality", "single"), new XAttribute("baseType", "float"), new XElement("defaultValue", new XElement("value", "1"))),
        };
        XElement? modal = null;
        if (feedback.Length > 0)
        {
            outcomes.Add(new XElement("outcomeDeclaration", new XAttribute("identifier", "FEEDBACK"), new XAttribute("cardinality", "single"), new XAttribute("baseType", "identifier")));
            processing.Add(new XElement("setOutcomeValue", new XAttribute("identifier", "FEEDBACK"), BaseValue("identifier", GeneralFeedbackIdentifier)));
            modal = new XElement(
                "modalFeedback",
                new XAttribute("outcomeIdentifier", "FEEDBACK"),
                new XAttribute("identifier", GeneralFeedbackIdentifier),
                new XAttribute("showHide", "show"),
                new XAttribute("title", "Explanation"),
                qti3 ? new XElement("contentBody", Paragraphs(feedback)) : Paragraphs(feedback));
        }

        var item = new XElement(
            "assessmentItem",
            new XAttribute("identifier", identifier),
            new XAttribute("title", question.Name.Length > 0 ? question.Name : identifier),
            new XAttribute("adaptive", "false"),
            new XAttribute("timeDependent", "false"),
            declarations,
            outcomes,
            new XElement("itemBody", bodyContent),
            new XElement("responseProcessing", processing),
            modal);
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), qti3 ? ToQti3(item) : ToQti21(item));
    }

    private static void WriteChoice(InteropQuestion question, List<XElement> declarations, List<XElement> body, List<XElement> processing)
    {
        var multiple = question.Type == InteropQuestionType.MultipleResponse;
        var ids = question.Choices.Select((_, i) => $"C{i + 1}").ToList();
        var correct = question.Choices.Select((c, i) => (c, i)).Where(x => multiple ? x.c.Fraction > 0 : x.c.Fraction == 1).Select(x => ids[x.i]).ToList();
        var declaration = new XElement(
            "responseDeclaration",
            new XAttribute("identifier", "RESPONSE"),
            new XAttribute("cardinality", multiple ? "multiple" : "single"),
            new XAttribute("baseType", "identifier"),
            new XElement("correctResponse", correct.Select(id => new XElement("value", id))));
        if (multiple)
        {
            declaration.Add(new XElement(
                "mapping",
                new XAttribute("lowerBound", "0"),
                new XAttribute("upperBound", "1"),
                new XAttribute("defaultValue", "0"),
                question.Choices.Select((c, i) => new XElement("mapEntry", new XAttribute("mapKey", ids[i]), new XAttribute("mappedValue", Number(c.Fraction))))));
        }

        declarations.Add(declaration);
        body.AddRange(Paragraphs(question.Stem));
        body.Add(new XElement(
            "choiceInteraction",
            new XAttribute("responseIdentifier", "RESPONSE"),
            new XAttribute("shuffle", "false"),
            new XAttribute("maxChoices", multiple ? question.Choices.Count : 1),
            question.Choices.Select((c, i) => new XElement("simpleChoice", new XAttribute("identifier", ids[i]), c.Text))));
        processing.Add(multiple ? MapScore("RESPONSE") : MatchScore("RESPONSE"));
    }

    private static void WriteMatching(InteropQuestion question, List<XElement> declarations, List<XElement> body, List<XElement> processing)
    {
        var rights = question.Pairs.Select(p => p.Right).Concat(question.ExtraRightItems).ToList();
        var share = question.Pairs.Count == 0 ? 0 : 1m / question.Pairs.Count;
        declarations.Add(new XElement(
            "responseDeclaration",
            new XAttribute("identifier", "RESPONSE"),
            new XAttribute("cardinality", "multiple"),
            new XAttribute("baseType", "directedPair"),
            new XElement("correctResponse", question.Pairs.Select((_, i) => new XElement("value", $"S{i + 1} T{i + 1}"))),
            new XElement(
                "mapping",
                new XAttribute("lowerBound", "0"),
                new XAttribute("upperBound", "1"),
                new XAttribute("defaultValue", "0"),
                question.Pairs.Select((_, i) => new XElement("mapEntry", new XAttribute("mapKey", $"S{i + 1} T{i + 1}"), new XAttribute("mappedValue", Number(share)))))));
        body.AddRange(Paragraphs(question.Stem));
        body.Add(new XElement(
            "matchInteraction",
            new XAttribute("responseIdentifier", "RESPONSE"),
            new XAttribute("shuffle", "true"),
            new XAttribute("maxAssociations", question.Pairs.Count),
            new XElement("simpleMatchSet", question.Pairs.Select((p, i) => new XElement("simpleAssociableChoice", new XAttribute("identifier", $"S{i + 1}"), new XAttribute("matchMax", 1), p.Left))),
            new XElement("simpleMatchSet", rights.Select((r, i) => new XElement("simpleAssociableChoice", new XAttribute("identifier", $"T{i + 1}"), new XAttribute("matchMax", 1), r)))));
        processing.Add(MapScore("RESPONSE"));
    }

    private static void WriteCloze(InteropQuestion question, List<XElement> declarations, List<XElement> body, List<XElement> processing, bool qti3)
    {
        var share = 1m / Math.Max(1, question.Blanks.Count);
        var scores = new List<XElement>();
        for (var i = 0; i < question.Blanks.Count; i++)
        {
            var blank = question.Blanks[i];
            var id = $"RESPONSE{i + 1}";
            switch (blank.Kind)
            {
                case InteropBlankKind.Choice:
                    var correct = blank.Choices.Select((c, j) => (c, j)).First(x => x.c.Fraction == blank.Choices.Max(y => y.Fraction)).j;
                    declarations.Add(new XElement(
                        "responseDeclaration",
                        new XAttribute("identifier", id),
                        new XAttribute("cardinality", "single"),
                        new XAttribute("baseType", "identifier"),
                        new XElement("correctResponse", new XElement("value", $"B{i + 1}C{correct + 1}"))));
                    scores.Add(Conditional(new XElement("match", Variable(id), new XElement("correct", new XAttribute("identifier", id))), share));
                    break;
                case InteropBlankKind.Numeric:
                    var answer = blank.NumericAnswers.First(a => a.Fraction == blank.NumericAnswers.Max(x => x.Fraction));
                    declarations.Add(NumericDeclaration(id, answer));
                    scores.Add(Conditional(Equal(id, answer.Tolerance, qti3), share));
                    break;
                default:
                    declarations.Add(TextDeclaration(id, blank.TextAnswers, blank.CaseSensitive));
                    scores.Add(new XElement(
                        "responseCondition",
                        new XElement(
                            "responseIf",
                            new XElement("not", new XElement("isNull", Variable(id))),
                            SetScore(new XElement("sum", Variable("SCORE"), new XElement("product", new XElement("mapResponse", new XAttribute("identifier", id)), BaseValue("float", Number(share))))))));
                    break;
            }
        }

        var lines = question.Stem.Split('\n');
        foreach (var line in lines)
        {
            var paragraph = new XElement("p");
            var rest = line;
            for (var i = 0; i < question.Blanks.Count; i++)
            {
                var marker = InteropQuestion.BlankMarker(i + 1);
                var at = rest.IndexOf(marker, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                paragraph.Add(rest[..at]);
                var blank = question.Blanks[i];
                var id = $"RESPONSE{i + 1}";
                paragraph.Add(blank.Kind == InteropBlankKind.Choice
                    ? new XElement("inlineChoiceInteraction", new XAttribute("responseIdentifier", id), new XAttribute("shuffle", "false"), blank.Choices.Select((c, j) => new XElement("inlineChoice", new XAttribute("identifier", $"B{i + 1}C{j + 1}"), c.Text)))
                    : new XElement("textEntryInteraction", new XAttribute("responseIdentifier", id), new XAttribute("expectedLength", 20)));
                rest = rest[(at + marker.Length)..];
            }

            paragraph.Add(rest);
            body.Add(paragraph);
        }

        processing.Add(SetScore(BaseValue("float", "0")));
        processing.AddRange(scores);
    }

    private static XElement TextDeclaration(string id, IReadOnlyList<InteropTextAnswer> answers, bool caseSensitive)
    {
        var best = answers.Count == 0 ? 1 : answers.Max(a => a.Fraction);
        return new XElement(
            "responseDeclaration",
            new XAttribute("identifier", id),
            new XAttribute("cardinality", "single"),
            new XAttribute("baseType", "string"),
            new XElement("correctResponse", new XElement("value", answers.First(a => a.Fraction == best).Text)),
            new XElement(
                "mapping",
                new XAttribute("lowerBound", "0"),
                new XAttribute("upperBound", "1"),
                new XAttribute("defaultValue", "0"),
                answers.Select(a => new XElement("mapEntry", new XAttribute("mapKey", a.Text), new XAttribute("mappedValue", Number(a.Fraction)), new XAttribute("caseSensitive", caseSensitive ? "true" : "false")))));
    }

    private static XElement NumericDeclaration(string id, InteropNumericAnswer answer) =>
        new(
            "responseDeclaration",
            new XAttribute("identifier", id),
            new XAttribute("cardinality", "single"),
            new XAttribute("baseType", "float"),
            new XElement("correctResponse", new XElement("value", Numbers.Format(answer.Value))));

    private static XElement MatchScore(string id) =>
        new("responseCondition", new XElement("responseIf", new XElement("match", Variable(id), new XElement("correct", new XAttribute("identifier", id))), SetScore(BaseValue("float", "1"))), new XElement("responseElse", SetScore(BaseValue("float", "0"))));

    private static XElement MapScore(string id) =>
        new("responseCondition", new XElement("responseIf", new XElement("isNull", Variable(id)), SetScore(BaseValue("float", "0"))), new XElement("responseElse", SetScore(new XElement("mapResponse", new XAttribute("identifier", id)))));

    private static XElement NumericScore(string id, decimal tolerance, bool qti3) =>
        new("responseCondition", new XElement("responseIf", Equal(id, tolerance, qti3), SetScore(BaseValue("float", "1"))), new XElement("responseElse", SetScore(BaseValue("float", "0"))));

    private static XElement Equal(string id, decimal tolerance, bool qti3)
    {
        var equal = new XElement("equal", new XAttribute("toleranceMode", tolerance == 0 ? "exact" : "absolute"));
        if (tolerance != 0)
        {
            // 3.0 reads two values (lower and upper); 2.1 takes one for both.
            var value = Numbers.Format(tolerance);
            equal.Add(new XAttribute("tolerance", qti3 ? $"{value} {value}" : value), new XAttribute("includeLowerBound", "true"), new XAttribute("includeUpperBound", "true"));
        }

        equal.Add(Variable(id), new XElement("correct", new XAttribute("identifier", id)));
        return equal;
    }

    private static XElement Conditional(XElement condition, decimal share) =>
        new("responseCondition", new XElement("responseIf", condition, SetScore(new XElement("sum", Variable("SCORE"), BaseValue("float", Number(share))))));

    private static XElement SetScore(XElement value) => new("setOutcomeValue", new XAttribute("identifier", "SCORE"), value);

    private static XElement Variable(string id) => new("variable", new XAttribute("identifier", id));

    private static XElement BaseValue(string type, string value) => new("baseValue", new XAttribute("baseType", type), value);

    private static IEnumerable<XElement> Paragraphs(string text) => text.Split('\n').Select(line => new XElement("p", line));

    private static string Number(decimal value) => Math.Round(value, 10, MidpointRounding.AwayFromZero).ToString("0.##########", CultureInfo.InvariantCulture);

    private static XElement ToQti21(XElement item)
    {
        var ns = (XNamespace)QtiNames.Qti21Namespace;
        var result = Rename(item, e => ns + e.Name.LocalName, a => a.Name.LocalName);
        result.Add(
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute(Xsi + "schemaLocation", $"{QtiNames.Qti21Namespace} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1p2.xsd"));
        return result;
    }

    private static XElement ToQti3(XElement item)
    {
        var ns = (XNamespace)QtiNames.Qti30Namespace;
        var result = Rename(
            item,
            e => ns + QtiNames.ToQti3Name(e.Name.LocalName, !HtmlNames.Contains(e.Name.LocalName)),
            a => HtmlNames.Contains(a.Parent!.Name.LocalName) ? a.Name.LocalName : QtiNames.ToKebab(a.Name.LocalName));
        result.Add(
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute(Xsi + "schemaLocation", $"{QtiNames.Qti30Namespace} https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0p1_v1p0.xsd"));
        return result;
    }

    private static XElement Rename(XElement element, Func<XElement, XName> name, Func<XAttribute, string> attribute) =>
        new(
            name(element),
            element.Attributes().Select(a => new XAttribute(attribute(a), a.Value)),
            element.Nodes().Select(n => n is XElement child ? Rename(child, name, attribute) : (object)n));
}
