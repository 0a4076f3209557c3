using System.Text;
using System.Xml;
using System.Xml.Linq;
using IRLearn.Interop.Text;

namespace IRLearn.Interop.Moodle;

/// <summary>
/// Writes Moodle XML in the shape Moodle's own export has: one <c>&lt;question&gt;</c> per question, HTML text
/// (escaped, one paragraph per line), Moodle grades as percentages (33.33333), tags in <c>&lt;tags&gt;</c> with the
/// difficulty as <c>difficulty:…</c>, explanation and source sentence as general feedback, a fill-in-the-blank as a
/// one-blank cloze question.
/// </summary>
internal static class MoodleXmlWriter
{
    public static byte[] Write(IEnumerable<InteropQuestion> questions)
    {
        var quiz = new XElement("quiz", questions.Select(Question));
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            new XDocument(new XDeclaration("1.0", "UTF-8", null), quiz).Save(writer);
        }

        return stream.ToArray();
    }

    private static XElement Question(InteropQuestion question)
    {
        var type = question.Type switch
        {
            InteropQuestionType.MultipleChoice or InteropQuestionType.MultipleResponse => "multichoice",
            InteropQuestionType.TrueFalse => "truefalse",
            InteropQuestionType.ShortAnswer => "shortanswer",
            InteropQuestionType.Numeric => "numerical",
            InteropQuestionType.Matching => "matching",
            _ => "cloze",
        };
        var stem = question.Type == InteropQuestionType.Cloze ? ClozeText(question) : HtmlText.ToHtml(question.Stem);
        var element = new XElement(
            "question",
            new XAttribute("type", type),
            new XElement("name", Text(question.Name)),
            new XElement("questiontext", new XAttribute("format", "html"), Text(stem)),
            new XElement("generalfeedback", new XAttribute("format", "html"), Text(Html(FeedbackConvention.Join(question.GeneralFeedback, question.SourceSentence)))),
            new XElement("defaultgrade", "1"),
            new XElement("penalty", "0.3333333"),
            new XElement("hidden", "0"));

        switch (question.Type)
        {
            case InteropQuestionType.MultipleChoice:
            case InteropQuestionType.MultipleResponse:
                element.Add(
                    new XElement("single", question.Type == InteropQuestionType.MultipleChoice ? "true" : "false"),
                    new XElement("shuffleanswers", "true"),
                    new XElement("answernumbering", "abc"),
                    question.Choices.Select(c => Answer(c.Fraction, HtmlText.Escape(c.Text), c.Feedback, "html")));
                break;
            case InteropQuestionType.TrueFalse:
                element.Add(question.Choices.Select(c => Answer(c.Fraction, c.Text.ToLowerInvariant(), c.Feedback, "moodle_auto_format")));
                break;
            case InteropQuestionType.ShortAnswer:
                element.Add(
                    new XElement("usecase", question.CaseSensitive ? "1" : "0"),
                    question.TextAnswers.Select(a => Answer(a.Fraction, a.Text, a.Feedback, "moodle_auto_format")));
                break;
            case InteropQuestionType.Numeric:
                element.Add(question.NumericAnswers.Select(a =>
                {
                    var answer = Answer(a.Fraction, Numbers.Format(a.Value), a.Feedback, "moodle_auto_format");
                    answer.Add(new XElement("tolerance", Numbers.Format(a.Tolerance)));
                    return answer;
                }));
                break;
            case InteropQuestionType.Matching:
                element.Add(
                    new XElement("shuffleanswers", "true"),
                    question.Pairs.Select(p => SubQuestion(HtmlText.Escape(p.Left), p.Right)),
                    question.ExtraRightItems.Select(extra => SubQuestion(string.Empty, extra)));
                break;
        }

        if (Tags(question) is { Count: > 0 } tags)
        {
            element.Add(new XElement("tags", tags.Select(t => new XElement("tag", Text(t)))));
        }

        return element;
    }

    private static string ClozeText(InteropQuestion question)
    {
        var html = HtmlText.ToHtml(question.Stem);
        for (var i = 0; i < question.Blanks.Count; i++)
        {
            html = html.Replace(InteropQuestion.BlankMarker(i + 1), ClozeSyntax.Write(question.Blanks[i]), StringComparison.Ordinal);
        }

        return html;
    }

    private static List<string> Tags(InteropQuestion question)
    {
        var tags = question.Tags.ToList();
        if (question.Difficulty is { } difficulty)
        {
            tags.Add(TagConvention.DifficultyTag(difficulty));
        }

        return tags;
    }

    private static XElement Answer(decimal fraction, string text, string feedback, string format) =>
        new(
            "answer",
            new XAttribute("fraction", Numbers.Percent(fraction)),
            new XAttribute("format", format),
            Text(text),
            new XElement("feedback", new XAttribute("format", "html"), Text(Html(feedback))));

    private static XElement SubQuestion(string leftHtml, string right) =>
        new("subquestion", new XAttribute("format", "html"), Text(leftHtml), new XElement("answer", Text(right)));

    private static XElement Text(string text) => new("text", text);

    private static string Html(string text) => text.Length == 0 ? string.Empty : HtmlText.ToHtml(text);
}
