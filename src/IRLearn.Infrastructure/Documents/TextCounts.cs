using AngleSharp.Dom;

namespace IRLearn.Infrastructure.Documents;

/// <summary>
/// Word counts of every element under a root, taken in one pass over the text nodes: all words, words
/// inside links, words inside paragraphs, and the longest paragraph's words outside links. Asking each
/// element for its TextContent instead would rebuild the same text once per ancestor.
/// </summary>
internal sealed class TextCounts
{
    private readonly Dictionary<IElement, Count> _counts = [];

    public Count Get(IElement element) => _counts.GetValueOrDefault(element);

    public static TextCounts Of(IElement root)
    {
        var counts = new TextCounts();
        var paragraphs = new List<IElement>();
        foreach (var node in root.Descendants())
        {
            if (node is IElement { LocalName: "p" } paragraph)
            {
                paragraphs.Add(paragraph);
                continue;
            }

            if (node is not IText text)
            {
                continue;
            }

            var words = HtmlBoilerplate.WordCount(text.Data);
            if (words == 0)
            {
                continue;
            }

            var inLink = false;
            var inParagraph = false;
            for (var element = text.ParentElement; element is not null; element = element.ParentElement)
            {
                inLink |= element.LocalName == "a";
                inParagraph |= element.LocalName == "p";
                var count = counts.Get(element);
                counts._counts[element] = count with
                {
                    Words = count.Words + words,
                    LinkWords = count.LinkWords + (inLink ? words : 0),
                    ParagraphWords = count.ParagraphWords + (inParagraph ? words : 0),
                };

                if (element == root)
                {
                    break;
                }
            }
        }

        foreach (var paragraph in paragraphs)
        {
            var own = counts.Get(paragraph);
            var prose = own.Words - own.LinkWords;
            for (var element = paragraph.ParentElement; element is not null; element = element.ParentElement)
            {
                var count = counts.Get(element);
                if (count.LongestProseParagraph < prose)
                {
                    counts._counts[element] = count with { LongestProseParagraph = prose };
                }

                if (element == root)
                {
                    break;
                }
            }
        }

        return counts;
    }

    internal readonly record struct Count(int Words, int LinkWords, int ParagraphWords, int LongestProseParagraph);
}
