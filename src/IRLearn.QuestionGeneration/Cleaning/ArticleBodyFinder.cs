using System.Text.RegularExpressions;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Cleaning;

/// <summary>
/// Decides which blocks of a scraped page are the article. First each block is classified by its own
/// shape (<see cref="BoilerplatePatterns"/>); then the body is taken to be the stretch of the page that
/// holds the most prose, where every block that is not prose costs something to bridge (a maximum-sum
/// segment, as in Finn et al.'s body text extraction). Everything before it (dek, bylines, lead media)
/// and after it (bios, tags, related and most-read lists) goes. Inside it, what interrupts the prose
/// goes too: captions beside their credits, video cards, newsletter and trust boxes, lists of
/// headlines, and pull quotes that repeat the body.
/// </summary>
internal static partial class ArticleBodyFinder
{
    // What bridging a gap between paragraphs of prose costs, in words of prose: one block (a subheading,
    // an advertisement label) costs little, every further block of the same gap more, so a list of teasers
    // cannot be bridged by the lead sentences scattered through it. A photo's credit and caption sit inside
    // articles, not in the lists around them, and cost least; so does a box the page marks off itself.
    private const int InsetBlockCost = 2;
    private const int FirstGapBlockCost = 5;
    private const int FurtherGapBlockCost = 10;

    // A byline or timestamp that opens the article marks where the body starts when at most this share of
    // the prose comes before it (the lead media's caption or a video transcript), in at most this many paragraphs in a row.
    private const double MaxShareBeforeHeader = 1.0 / 3;
    private const int MaxRunBeforeHeader = 2;

    // A live blog gives every post its own time or byline: this many headers, each with prose after it, and only
    // the first opens the body.
    private const int MinLiveBlogPosts = 3;

    // A post's header: its time, its heading and its byline, in some order.
    private const int MaxPostHeaderBlocks = 3;

    private const int MaxCaptionWords = 40;

    // A delimited box of related stories holds a handful of headlines.
    private const int MaxInsetItems = 12;

    // A closing digest of other news: a label of a few words, and at least three one-sentence items of a line or two.
    private const int MaxDigestLabelWords = 8;
    private const int MinDigestItems = 3;
    private const int MaxDigestItemWords = 35;

    // A "Did you know?" box holds a fact of a sentence or two.
    private const int MaxTriviaWords = 45;

    // A newsletter's quiz or social note ("SPOTTED at … : six names") runs to a few sentences, never an article's length.
    private const int MaxColumnWords = 80;

    // A "References" heading ends the article only after the article itself: three paragraphs of two sentences or more.
    private const int MinProseBeforeReferences = 3;

    // A highlights box holds a few one-sentence lines; a paragraph after it is longer or has more sentences.
    private const int MaxHighlights = 8;
    private const int MaxHighlightWords = 30;

    // Subheadings are a few words ("Cancer patients"); an unpunctuated line under a photo that is longer is its caption.
    private const int MaxSubheadingUnderPhotoWords = 6;

    // A newsletter box's pitch is a sentence or two; a longer paragraph after a prompt is the article going on.
    private const int MaxPitchWords = 40;

    // What a copied page keeps of a logo: a letter or two.
    private const int MaxLogoLetters = 2;

    // A heading is short; a longer line without a full stop inside the body is a scraped list.
    private const int MaxHeadingWords = 14;

    public static BlockKind[] Classify(IReadOnlyList<string> blocks)
    {
        var count = blocks.Count;
        var shapes = new BlockShape[count];
        var kinds = new BlockKind[count];
        var bioSeen = false;
        for (var i = 0; i < count; i++)
        {
            shapes[i] = BlockShape.Of(blocks[i]);
            kinds[i] = BoilerplatePatterns.Classify(blocks[i], shapes[i], i == 0, bioSeen);
            bioSeen |= kinds[i] is BlockKind.Bio;
        }

        MarkInsets(blocks, kinds);
        var prose = new bool[count];
        for (var i = 0; i < count; i++)
        {
            prose[i] = kinds[i] == BlockKind.Body && shapes[i].IsProse;
        }

        if (!prose.Any(p => p))
        {
            // Nothing reads like prose (notes, a list, one unpunctuated line): judge each block by itself.
            for (var i = 0; i < count; i++)
            {
                if (kinds[i] == BlockKind.Body && shapes[i].WordCount <= MaxHeadingWords && BoilerplateRemover.LooksLikeTitle(blocks[i]) &&
                    !blocks[i].Contains(". ", StringComparison.Ordinal))
                {
                    kinds[i] = BlockKind.Heading;
                }
            }

            return kinds;
        }

        var (first, last) = FindBody(kinds, shapes, prose, IsLiveBlog(blocks, kinds, prose));
        for (var i = 0; i < count; i++)
        {
            if ((i < first || i > last) && kinds[i] is BlockKind.Body)
            {
                kinds[i] = BlockKind.OutsideBody;
            }
        }

        MarkHighlights(blocks, kinds, shapes);
        MarkCaptions(blocks, kinds, shapes, prose, first, last);
        MarkEmbeds(blocks, kinds, prose, first, last);
        MarkPromos(blocks, kinds, first, last);
        MarkHeadingsAndLists(blocks, kinds, prose, shapes, first, last);
        DuplicateFinder.MarkRepeats(blocks, kinds);
        return kinds;
    }

    /// <summary>The first and last block of the body, both inclusive.</summary>
    private static (int First, int Last) FindBody(BlockKind[] kinds, BlockShape[] shapes, bool[] prose, bool liveBlog)
    {
        var count = kinds.Length;
        // Maximum-sum segment: prose earns its words (half when it stands alone between non-prose,
        // as the lead of a teaser does), every gap costs by its length.
        var best = int.MinValue;
        var (bestFirst, bestLast) = (0, 0);
        var sum = 0;
        var segmentFirst = 0;
        for (var i = 0; i < count; i++)
        {
            var weight = Weight(i, kinds, shapes, prose, liveBlog);
            if (sum <= 0)
            {
                sum = weight;
                segmentFirst = i;
            }
            else
            {
                sum += weight;
            }

            if (sum > best)
            {
                best = sum;
                (bestFirst, bestLast) = (segmentFirst, i);
            }
        }

        return (AfterOpeningHeader(kinds, shapes, prose, bestFirst, bestLast), bestLast);
    }

    private static int Weight(int i, BlockKind[] kinds, BlockShape[] shapes, bool[] prose, bool liveBlog)
    {
        if (prose[i])
        {
            // A live blog's posts stand alone by design; a teaser's lead does too, but teasers carry no clock times.
            var alone = !liveBlog && !ProseBeside(i, -1, kinds, prose) && !ProseBeside(i, 1, kinds, prose);
            return alone ? Math.Max(1, shapes[i].WordCount / 2) : shapes[i].WordCount;
        }

        // A live blog's post times and bylines sit inside the article, as photos do.
        if (IsInset(kinds[i]) || liveBlog && IsPostHeader(kinds[i]))
        {
            return -InsetBlockCost;
        }

        var previous = i - 1;
        while (previous >= 0 && (IsInset(kinds[previous]) || liveBlog && IsPostHeader(kinds[previous])))
        {
            previous--;
        }

        return previous >= 0 && !prose[previous] ? -FurtherGapBlockCost : -FirstGapBlockCost;
    }

    /// <summary>Whether the nearest block in <paramref name="step"/>'s direction, photos skipped, is prose.</summary>
    private static bool ProseBeside(int i, int step, BlockKind[] kinds, bool[] prose)
    {
        var j = i + step;
        while (j >= 0 && j < kinds.Length && IsInset(kinds[j]))
        {
            j += step;
        }

        return j >= 0 && j < kinds.Length && prose[j];
    }

    /// <summary>What sits inside an article rather than in the lists around it: a photo's credit and caption, a box the page marks off.</summary>
    private static bool IsInset(BlockKind kind) => kind is BlockKind.Credit or BlockKind.Caption or BlockKind.Inset;

    /// <summary>
    /// A list the page delimits for screen readers ("Recommended Stories", "list of 3 items", headlines, "end of list")
    /// is one box however many headlines it holds, so the lead paragraph above it is not cut off from the body below.
    /// </summary>
    private static void MarkInsets(IReadOnlyList<string> blocks, BlockKind[] kinds)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!BoilerplatePatterns.OpensListBox(blocks[i]))
            {
                continue;
            }

            var end = i + 1;
            while (end < blocks.Count && end - i <= MaxInsetItems && !BoilerplatePatterns.ClosesListBox(blocks[end]))
            {
                end++;
            }

            if (end == blocks.Count || end - i > MaxInsetItems)
            {
                continue;
            }

            var start = i > 0 && kinds[i - 1] is BlockKind.Label or BlockKind.Prompt ? i - 1 : i;
            Array.Fill(kinds, BlockKind.Inset, start, end - start + 1);
            i = end;
        }

        MarkDigest(blocks, kinds);
        MarkReferences(blocks, kinds);
        MarkTrivia(blocks, kinds);
    }

    /// <summary>
    /// Boxes beside the article, not paragraphs of it: "Did you know?" over a one- or two-sentence fact; a sponsor's label
    /// ("Presented by …"), and the short message under one that introduces it ("A message from …:"); a newsletter's quiz
    /// and social columns ("TRIVIA: …", "SPOTTED at …", "TRANSITIONS — …").
    /// </summary>
    private static void MarkTrivia(IReadOnlyList<string> blocks, BlockKind[] kinds)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var next = i + 1 < blocks.Count && kinds[i + 1] == BlockKind.Body ? blocks[i + 1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length : int.MaxValue;
            if (BoilerplatePatterns.IsTriviaLabel(blocks[i]) && next <= MaxTriviaWords && SentenceSplitter.Split(blocks[i + 1]).Count <= 2 ||
                BoilerplatePatterns.IsSponsorLabel(blocks[i]) && blocks[i].EndsWith(':') && next <= MaxPitchWords)
            {
                kinds[i] = kinds[i + 1] = BlockKind.Inset;
            }
            else if (BoilerplatePatterns.IsSponsorLabel(blocks[i]) ||
                kinds[i] == BlockKind.Body && BoilerplatePatterns.OpensNewsletterColumn(blocks[i]) && blocks[i].Split(' ').Length <= MaxColumnWords)
            {
                kinds[i] = BlockKind.Inset;
            }
        }
    }

    /// <summary>
    /// A report's list of sources ("References", then "1. Okafor, A., 'Blue economy …', 2023.") closes it: after that heading,
    /// once the article has had <see cref="MinProseBeforeReferences"/> paragraphs, nothing is the article's.
    /// </summary>
    private static void MarkReferences(IReadOnlyList<string> blocks, BlockKind[] kinds)
    {
        // Most pages have no such heading; only one that does has its paragraphs before it counted.
        var paragraphs = 0;
        var counted = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!BoilerplatePatterns.IsReferencesLabel(blocks[i]))
            {
                continue;
            }

            for (; counted < i; counted++)
            {
                paragraphs += kinds[counted] == BlockKind.Body && SentenceSplitter.Split(blocks[counted]).Count > 1 ? 1 : 0;
            }

            if (paragraphs >= MinProseBeforeReferences)
            {
                for (var j = i; j < blocks.Count; j++)
                {
                    kinds[j] = kinds[j] is BlockKind.Body or BlockKind.Label or BlockKind.Heading ? BlockKind.Footnote : kinds[j];
                }

                return;
            }
        }
    }

    [GeneratedRegex(@"\b(?:latest|developments|headlines|news|briefs?|briefing|round-?up|elsewhere|in\s+other)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DigestCue();

    /// <summary>
    /// A digest of other news closing the page ("Ukraine war latest: …", "Key developments on Oct. 8:", then one-sentence
    /// items to the end) is a box, not the article's last paragraphs: a short label ending in a colon that it or the headline
    /// above it calls news ("latest", "developments", "headlines", "briefing"), at least
    /// <see cref="MinDigestItems"/> one-sentence blocks after it, and nothing after them that reads as the article's.
    /// </summary>
    private static void MarkDigest(IReadOnlyList<string> blocks, BlockKind[] kinds)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var label = blocks[i];
            // A widget's own label ("Recommended Resources", "More from CFR") over one-sentence blurbs is a list of other
            // reading however it ends; the article's own labels end in a colon and must call what follows news.
            var widget = kinds[i] == BlockKind.Label;
            if (!label.EndsWith(':') && !widget || kinds[i] is not (BlockKind.Body or BlockKind.Label or BlockKind.Heading) ||
                label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxDigestLabelWords)
            {
                continue;
            }

            var headline = i > 0 && kinds[i - 1] == BlockKind.Body && BoilerplateRemover.LooksLikeTitle(blocks[i - 1]) && !blocks[i - 1].EndsWith('.');
            if (!widget && !DigestCue().IsMatch(label) && !(headline && DigestCue().IsMatch(blocks[i - 1])))
            {
                // "What the deal changes:" over the article's last short paragraphs is the article's own.
                continue;
            }

            var end = i + 1;
            while (end < blocks.Count && kinds[end] == BlockKind.Body && IsDigestItem(blocks[end]))
            {
                end++;
            }

            // After a digest nothing reads as the article's; after a widget's blurbs, no paragraph of two sentences or more.
            var after = Enumerable.Range(end, blocks.Count - end).Where(j => kinds[j] == BlockKind.Body);
            if (end - i - 1 < MinDigestItems || (widget ? after.Any(j => SentenceSplitter.Split(blocks[j]).Count > 1) : after.Any()))
            {
                continue;
            }

            // The digest's own headline right above its label goes with it.
            var start = headline ? i - 1 : i;
            Array.Fill(kinds, BlockKind.Inset, start, end - start);
            return;
        }

        static bool IsDigestItem(string block) =>
            block.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxDigestItemWords && SentenceSplitter.Split(block).Count == 1;
    }

    /// <summary>
    /// News pages put the dek, the lead photo or video (with caption and transcript) before the byline
    /// and the date; the body starts after them. A byline or date further down (a live blog's times)
    /// does not move the start, nor does any after the first on a live blog, where the prose before each
    /// is the post above it.
    /// </summary>
    private static int AfterOpeningHeader(BlockKind[] kinds, BlockShape[] shapes, bool[] prose, int first, int last)
    {
        var postsWithHeaders = PostHeaders(kinds, prose, first, last) >= MinLiveBlogPosts;
        if (postsWithHeaders && HeaderJustBefore(kinds, prose, first))
        {
            return first;
        }

        var total = 0;
        for (var i = first; i <= last; i++)
        {
            total += prose[i] ? shapes[i].WordCount : 0;
        }

        var before = 0;
        var run = 0;
        var start = first;
        for (var i = first; i <= last; i++)
        {
            if (kinds[i] is BlockKind.Byline or BlockKind.Timestamp)
            {
                start = i + 1;
            }

            if (prose[i])
            {
                before += shapes[i].WordCount;
                run++;
                if (postsWithHeaders && start > first || run > MaxRunBeforeHeader || before > total * MaxShareBeforeHeader)
                {
                    break;
                }
            }
            else
            {
                run = 0;
            }
        }

        return start;
    }

    /// <summary>
    /// A live blog: at least <see cref="MinLiveBlogPosts"/> lines that are a time of day ("14.32 GMT",
    /// "10:31 a.m. ET, March 5"), each with prose within a post's header after it. Lists of teasers carry
    /// dates or "2 hours ago", not clock times.
    /// </summary>
    private static bool IsLiveBlog(IReadOnlyList<string> blocks, BlockKind[] kinds, bool[] prose)
    {
        var posts = 0;
        for (var i = 0; i < blocks.Count && posts < MinLiveBlogPosts; i++)
        {
            if (kinds[i] != BlockKind.Timestamp || !TimestampLine.HasClockTime(blocks[i]))
            {
                continue;
            }

            for (var j = i + 1; j < blocks.Count && j <= i + MaxPostHeaderBlocks; j++)
            {
                if (prose[j])
                {
                    posts++;
                    break;
                }
            }
        }

        return posts >= MinLiveBlogPosts;
    }

    /// <summary>A live blog post's header: its byline or its time.</summary>
    private static bool IsPostHeader(BlockKind kind) => kind is BlockKind.Byline or BlockKind.Timestamp;

    /// <summary>Whether a byline or timestamp comes just before <paramref name="first"/>, with no prose between.</summary>
    private static bool HeaderJustBefore(BlockKind[] kinds, bool[] prose, int first)
    {
        for (var j = first - 1; j >= 0 && j >= first - MaxPostHeaderBlocks && !prose[j]; j--)
        {
            if (IsPostHeader(kinds[j]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Runs of bylines and timestamps inside the body that prose follows: a live blog's post headers.</summary>
    private static int PostHeaders(BlockKind[] kinds, bool[] prose, int first, int last)
    {
        var headers = 0;
        var inHeader = false;
        for (var i = first; i <= last; i++)
        {
            if (IsPostHeader(kinds[i]))
            {
                inHeader = true;
            }
            else if (prose[i] && inHeader)
            {
                headers++;
                inHeader = false;
            }
        }

        return headers;
    }

    /// <summary>
    /// The lines under a highlights label ("Key takeaways") restate the article in one sentence each; they
    /// go, up to the first block that is longer, holds two sentences, or is not plain text.
    /// </summary>
    private static void MarkHighlights(IReadOnlyList<string> blocks, BlockKind[] kinds, BlockShape[] shapes)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (kinds[i] != BlockKind.Label || !BoilerplatePatterns.IsHighlightsLabel(blocks[i]))
            {
                continue;
            }

            for (var j = i + 1; j < blocks.Count && j - i <= MaxHighlights; j++)
            {
                if (kinds[j] is not (BlockKind.Body or BlockKind.OutsideBody) || shapes[j].WordCount > MaxHighlightWords ||
                    SentenceSplitter.Split(blocks[j]).Count > 1)
                {
                    break;
                }

                kinds[j] = BlockKind.Highlight;
            }
        }
    }

    /// <summary>The text beside a credit is its caption when it is one short sentence that reports nobody's words.</summary>
    private static void MarkCaptions(IReadOnlyList<string> blocks, BlockKind[] kinds, BlockShape[] shapes, bool[] prose, int first, int last)
    {
        // The credit of the first photo may sit just before the body, its caption just inside it.
        for (var i = Math.Max(0, first - 1); i <= last; i++)
        {
            if (kinds[i] != BlockKind.Credit)
            {
                continue;
            }

            // A credit followed by its own caption ("Image copyright …", "Image caption …") says nothing of the text before it.
            // Nor does one glued to its own caption ("The minister speaks in Oslo, March 14, 2023. REUTERS/Name").
            var ownCaptionFollows = i + 1 < kinds.Length && kinds[i + 1] == BlockKind.Caption;
            if (!ownCaptionFollows && !BoilerplatePatterns.CarriesCaption(blocks[i]) && i - 1 >= first && kinds[i - 1] == BlockKind.Body && IsCaptionShaped(blocks[i - 1], shapes[i - 1]))
            {
                kinds[i - 1] = BlockKind.Caption;
            }

            // A caption after its credit is rarer than body text after a photo: ask for a caption's own marks, for a line
            // that is not a sentence and too long for a subheading, or for the story's dateline right after it ("Abuja —"
            // opens the article, so the sentence above it cannot be the article's).
            if (i + 1 <= last && kinds[i + 1] == BlockKind.Body &&
                (!prose[i + 1] && shapes[i + 1].WordCount > MaxSubheadingUnderPhotoWords ||
                 IsCaptionShaped(blocks[i + 1], shapes[i + 1]) &&
                 (BoilerplatePatterns.HasCaptionMarks(blocks[i + 1]) || i + 2 <= last && BoilerplatePatterns.OpensWithDateline(blocks[i + 2]))))
            {
                kinds[i + 1] = BlockKind.Caption;
            }
        }
    }

    private static bool IsCaptionShaped(string text, BlockShape shape) =>
        shape.WordCount <= MaxCaptionWords && !Quotations.HasQuotation(text) && !Quotations.ReportsSpeech(text) &&
        SentenceSplitter.Split(text).Count == 1;

    /// <summary>
    /// A video card repeats its description around the transcript ("description", transcript,
    /// "description + credit"); the card's title line comes just before.
    /// </summary>
    private static void MarkEmbeds(IReadOnlyList<string> blocks, BlockKind[] kinds, bool[] prose, int first, int last)
    {
        for (var i = first; i < last; i++)
        {
            if (kinds[i] != BlockKind.Body || !prose[i])
            {
                continue;
            }

            for (var j = i + 1; j <= Math.Min(last, i + 3); j++)
            {
                if (kinds[j] is not (BlockKind.Body or BlockKind.Caption) || !blocks[j].StartsWith(blocks[i], StringComparison.Ordinal))
                {
                    continue;
                }

                for (var k = i; k <= j; k++)
                {
                    kinds[k] = BlockKind.Embed;
                }

                if (i - 1 >= first && kinds[i - 1] == BlockKind.Body && !prose[i - 1])
                {
                    kinds[i - 1] = BlockKind.Embed;
                }

                break;
            }
        }
    }

    /// <summary>
    /// A newsletter or gift prompt is followed by its pitch to the reader ("you", "your"); a trust box
    /// ("… Learn more about our process.") speaks for the publisher ("we", "our") before its link.
    /// </summary>
    private static void MarkPromos(IReadOnlyList<string> blocks, BlockKind[] kinds, int first, int last)
    {
        for (var i = Math.Max(0, first - 1); i <= Math.Min(last, blocks.Count - 1); i++)
        {
            if (kinds[i] is not (BlockKind.Prompt or BlockKind.Label))
            {
                continue;
            }

            // A letter left over from the box's logo ("N") stands between its name and its pitch.
            var pitch = i + 1 < blocks.Count && blocks[i + 1].Length <= MaxLogoLetters ? i + 2 : i + 1;
            if (pitch <= last && kinds[pitch] == BlockKind.Body && blocks[pitch].Split(' ').Length <= MaxPitchWords &&
                (Quotations.AddressesReader(blocks[pitch]) || pitch + 1 < blocks.Count && kinds[pitch + 1] == BlockKind.Prompt))
            {
                // "Get briefed on the story of the week …" between "Weekly Newsletter" and "Get the Newsletter" is the box's pitch.
                kinds[pitch] = BlockKind.Promo;
            }

            if (i - 1 >= first && kinds[i - 1] == BlockKind.Body && BoilerplatePatterns.ClosesBox(blocks[i]) &&
                Quotations.SpeaksForPublisher(blocks[i - 1]) && blocks[i - 1].Split(' ').Length <= 80)
            {
                kinds[i - 1] = BlockKind.Promo;
            }
        }
    }

    /// <summary>
    /// Inside the body a short line is a subheading when a section of prose follows it. Lines that come in
    /// runs, or after a widget label, are lists of headlines, names or dates.
    /// </summary>
    private static void MarkHeadingsAndLists(IReadOnlyList<string> blocks, BlockKind[] kinds, bool[] prose, BlockShape[] shapes, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (kinds[i] == BlockKind.TeaserSnippet && i - 1 >= first && kinds[i - 1] == BlockKind.Body && !prose[i - 1])
            {
                kinds[i - 1] = BlockKind.TeaserTitle;
            }
        }

        for (var i = first; i <= last; i++)
        {
            if (kinds[i] != BlockKind.Body || prose[i])
            {
                continue;
            }

            var afterList = i - 1 >= first && kinds[i - 1] is BlockKind.Label or BlockKind.ListItem or BlockKind.TeaserTitle;
            var inRun = i - 1 >= first && IsShortLine(kinds[i - 1], prose[i - 1]) || i + 1 <= last && IsShortLine(kinds[i + 1], prose[i + 1]);
            var next = i + 1;
            while (next <= last && kinds[next] is BlockKind.Byline or BlockKind.Timestamp)
            {
                next++;
            }

            // A subheading opens a section: two paragraphs of prose, or what is left of the body. A single
            // paragraph before the next photo or widget is what a link to another story sits above.
            var introducesProse = next <= last && kinds[next] == BlockKind.Body && prose[next] &&
                (next == last || next + 1 <= last && kinds[next + 1] == BlockKind.Body && prose[next + 1]);
            var headingShaped = shapes[i].WordCount <= MaxHeadingWords && BoilerplateRemover.LooksLikeTitle(blocks[i]);
            kinds[i] = !afterList && !inRun && introducesProse && headingShaped ? BlockKind.Heading : BlockKind.ListItem;
        }
    }

    private static bool IsShortLine(BlockKind kind, bool prose) => kind is BlockKind.Body or BlockKind.ListItem && !prose;
}
