using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace IRLearn.Infrastructure.Documents;

/// <summary>
/// Bounds the work of reading an HTML page with a guarded parse. An HTML5 parser can be made slow by
/// markup alone: deep or misnested tags make every later tag scan a deep stack of open elements, and
/// formatting elements left open are cloned ("reconstructed") for every paragraph. How much of that a
/// page causes cannot be read off the markup without a full model of the tree-construction rules and
/// of this parser's own quirks (a simplified model was tried and fuzzing found inputs it underestimated
/// without bound), so the real parser is watched instead: it reports every token and element, and the
/// guard stops it the moment the deadline passes, it has allocated far more than the markup read so
/// far accounts for, it has created more elements than allowed, or an element sits deeper than the limit. The parsed page is then measured
/// exactly, and those numbers decide whether the quadratic reader-view heuristic may run on it.
/// </summary>
public static class HtmlLimits
{
    // A parse allocates 7–25 bytes per character of real pages (AngleSharp 1.10); 32 per character read
    // so far leaves room, and the fixed part absorbs dense stretches. Cloning formatting elements for
    // every paragraph allocates hundreds of bytes per character, so it is stopped early.
    private const long AllocationPerCharacter = 32;
    private const long AllocationBase = 16L * 1024 * 1024;

    public static HtmlShape Check(string html, DocumentBudget budget)
    {
        var allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();
        var tokens = 0;
        long created = 0;
        IElement? previous = null;
        var options = new HtmlParserOptions
        {
            // Comments and the text of scripts, styles and titles never shape the tree, so the guard does
            // not keep them. Ordinary text does (it makes the parser re-open formatting elements), so it stays.
            SkipComments = true,
            SkipScriptText = true,
            SkipRawText = true,
            SkipRCDataText = true,
            SkipCDATA = true,
            SkipProcessingInstructions = true,
            OnToken = (_, range) =>
            {
                // Checked every 256 tokens: cheap, and still a few microseconds apart on any real page.
                if ((++tokens & 0xFF) != 0)
                {
                    return;
                }

                budget.CheckTime();
                var allowance = AllocationBase + (AllocationPerCharacter * range.End.Position);
                if (GC.GetAllocatedBytesForCurrentThread() - allocatedAtStart > allowance)
                {
                    throw new DocumentTooComplexException("parsing it takes far more memory than a page of its size should");
                }
            },

            // Elements the parser clones are not reported here, which the allocation check covers. An element
            // is inserted right after it is created, so the previous one's depth is known by now.
            OnCreated = (element, _) =>
            {
                budget.CheckElements(++created);
                if (previous is not null)
                {
                    CheckDepth(previous, budget);
                }

                previous = element;
            },
        };

        using var document = new HtmlParser(options).ParseDocument(html);
        return Measure(document, html.Length, budget);
    }

    private static void CheckDepth(IElement element, DocumentBudget budget)
    {
        var depth = 0;
        for (var node = element.ParentElement; node is not null; node = node.ParentElement)
        {
            if (++depth > budget.Limits.MaxDepth)
            {
                budget.CheckDepth(depth);
            }
        }
    }

    /// <summary>The parsed page's real element count, depth, widest element and sibling cost, in one pass without recursion.</summary>
    private static HtmlShape Measure(IDocument document, int length, DocumentBudget budget)
    {
        long elements = 0, siblingCost = 0;
        var maxDepth = 0;
        var pending = new Stack<(INode Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            var children = node.ChildNodes;
            budget.CheckChildren(children.Length);
            siblingCost += (long)children.Length * children.Length;
            if (node is IElement)
            {
                elements++;
                maxDepth = Math.Max(maxDepth, depth);
            }

            for (var i = 0; i < children.Length; i++)
            {
                if (children[i].HasChildNodes || children[i] is IElement)
                {
                    pending.Push((children[i], depth + 1));
                }
            }
        }

        budget.CheckElements(elements);
        budget.CheckDepth(maxDepth);
        return new HtmlShape(elements, maxDepth, siblingCost, length);
    }
}
