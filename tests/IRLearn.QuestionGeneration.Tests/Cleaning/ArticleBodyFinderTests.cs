using IRLearn.QuestionGeneration.Cleaning;

namespace IRLearn.QuestionGeneration.Tests.Cleaning;

/// <summary>
/// Whole scraped pages, written for these tests in the shapes real news sites produce: the body must come
/// out whole and nothing around or inside it may survive.
/// </summary>
public sealed class ArticleBodyFinderTests
{
    private const string Title = "Danube Commission Agrees Common Rules for Barge Inspections";

    private const string Lead = "Ministers from the nine member states of the Danube Commission agreed on Tuesday to harmonise inspection rules for river barges, ending a dispute that had slowed cargo traffic for two years.";
    private const string Second = "The agreement, reached after eleven hours of talks in the Austrian capital, sets one standard for hull inspections and lets a vessel cleared in one port sail on to the Black Sea without further checks.";
    private const string Quote = "“We have turned nine rulebooks into one,” said the commission’s director-general, Marta Kovacs, who chaired the session. “Captains will spend their days sailing, not waiting at the quay.”";
    private const string Figures = "Freight volumes on the river fell by 14 percent in 2023, according to the commission’s own figures, as shippers moved goods to rail and road to avoid queues at border ports.";
    private const string Section = "A long road to consensus";
    private const string Holdouts = "Hungary and Romania had resisted earlier drafts, arguing that their inspectors would lose authority over vessels registered abroad. The compromise lets each state keep spot checks for safety reasons.";
    private const string Closing = "The new rules take effect in January and will be reviewed after three years, officials said.";

    [Fact]
    public void Clean_NewsPage_KeepsTheWholeBodyAndNothingElse()
    {
        string[] before =
        [
            "Nine governments settle a quarrel over who may inspect a barge",
            "By Elena Marsh and Tomas Reiter",
            "March 4, 2025, 6:12 PM GMT / Updated March 5, 2025, 8:30 AM GMT",
            "A cargo barge passes under a bridge in Budapest on Monday.Peter Holm / AFP - Getty Images",
        ];
        string[] after =
        [
            "Anna Vogel contributed reporting from Bucharest.",
            "Elena Marsh is a correspondent for a European news agency, based in Vienna.",
            "Related Topics",
            "Shipping",
            "Top Stories",
            "Floods close two ports on the lower river",
            "2 hours ago",
            "Why insurers are nervous about the Black Sea",
            "5 hours ago",
        ];
        var page = Page([Title, .. before, "VIENNA, Austria — " + Lead, Second, "Advertisement", Quote, Figures, Section, Holdouts, Closing, .. after]);

        var cleaned = BoilerplateRemover.Clean(page);

        Assert.Equal(Title, cleaned.Title);
        Assert.Equal(Page([Lead, Second, Quote, Figures, Section, Holdouts, Closing]), cleaned.Text);
        Assert.All(before.Concat(after).Append("Advertisement").Append("VIENNA, Austria —"), b => Assert.Contains(b, cleaned.Removed));
        Assert.Contains(cleaned.Blocks, b => b.IsHeading && b.Range.Slice(cleaned.Text) == Section);
    }

    [Fact]
    public void Clean_DigestOfOtherNewsClosingThePage_IsRemovedWithItsHeadlineAndAppeals()
    {
        string[] furniture =
        [
            "Note from the author: Hello! This is Elena Marsh, I cover river diplomacy in Central Europe. Each week I follow the deals " +
                "that decide who may sail where. If you find this reporting useful, please consider becoming a member of the River Gazette.",
            "Go deeper: Why the lower Danube keeps silting up",
            "Europe latest: Floods close two ports on the lower river",
            "Key developments on March 4:",
            "Austria's parliament approved a new budget for its river police.",
            "Storms cut power to 40,000 homes in southern Hungary, officials said.",
            "The EU announced 12 million euros for dredging near Vidin.",
            "Independent journalism is never easy, and it costs money. We report from every port on the river, and we can only keep " +
                "doing it with the support of our readers. Join our community today.",
        ];
        var page = Page([Title, furniture[0], Lead, Second, furniture[1], Quote, Figures, Holdouts, Closing, .. furniture[2..]]);

        var cleaned = BoilerplateRemover.Clean(page);

        Assert.Equal(Page([Lead, Second, Quote, Figures, Holdouts, Closing]), cleaned.Text);
    }

    [Fact]
    public void Clean_ArticleClosingWithItsOwnLabelAndShortParagraphs_KeepsTheLastParagraphs()
    {
        // A label that does not call what follows news is the article's own, and so are the one-sentence paragraphs that close it.
        const string Fees = "Fees for a full inspection will fall by a third, to about 400 euros per vessel, the commission said.";
        var page = Page([Title, Lead, Second, Quote, "What the deal changes:", "Barges cleared in one port sail on.", "Spot checks stay with each state.", "Captains file one form.", Fees, Closing]);

        var cleaned = BoilerplateRemover.Clean(page);

        Assert.Contains(Fees, cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(Closing, cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_MostReadListInsideTheBody_IsRemovedButTheBodyAfterItStays()
    {
        string[] list = ["Most Read", "Floods Close Two Ports on the Lower River", "Pat Example", "Why Insurers Are Nervous About the Black Sea", "Sam Sample"];
        var page = Page([Title, Lead, Second, .. list, Quote, Figures, Holdouts, Closing]);

        var cleaned = BoilerplateRemover.Clean(page);

        Assert.Equal(Page([Lead, Second, Quote, Figures, Holdouts, Closing]), cleaned.Text);
        Assert.All(list, b => Assert.Contains(b, cleaned.Removed));
    }

    [Fact]
    public void Clean_DelimitedListOfStoriesUnderTheLead_IsOneBoxAndTheLeadStays()
    {
        // Screen-reader markers frame a box of related stories right under the first paragraph: however many
        // headlines it holds, the lead above it is the article's.
        string[] box = ["Recommended Stories", "list of 4 items", "Floods Close Two Ports on the Lower River", "Why Insurers Are Nervous About the Black Sea",
            "Barge Crews Strike Over Night Shifts", "A New Bridge for Novi Sad", "end of list"];
        var cleaned = BoilerplateRemover.Clean(Page([Title, "Share this article", Lead, .. box, Second, Quote, Figures, Holdouts, Closing]));

        Assert.Equal(Page([Lead, Second, Quote, Figures, Holdouts, Closing]), cleaned.Text);
        Assert.All(box, b => Assert.Contains(b, cleaned.Removed));
    }

    [Fact]
    public void Clean_TeasersWithLeadSentencesAfterTheBody_AreRemoved()
    {
        // A "more from us" rail: headline, author, date and lead sentence per story, longer in total than some articles.
        var rail = new List<string> { "More From The River Gazette" };
        for (var i = 1; i <= 6; i++)
        {
            rail.Add($"Port Strike Number {i} Enters Its Second Week");
            rail.Add("Jo Writer");
            rail.Add($"Tuesday March {i}, 2025");
            rail.Add($"Dock workers in the harbour walked out again on day {i}, saying the new shift rota leaves them without rest between night crossings and that talks have gone nowhere.");
        }

        var cleaned = BoilerplateRemover.Clean(Page([Title, Lead, Second, Quote, Figures, Holdouts, Closing, .. rail]));

        Assert.Equal(Page([Lead, Second, Quote, Figures, Holdouts, Closing]), cleaned.Text);
        Assert.Equal(rail.Count, cleaned.Removed.Count);
    }

    [Fact]
    public void Clean_CaptionBeforeItsCredit_IsRemoved()
    {
        const string caption = "Inspectors board a tanker at the port of Constanta during a safety drill.";
        var cleaned = BoilerplateRemover.Clean(Page([Title, Lead, Second, caption, "Photo: Ion Popa/Reuters", Quote, Figures, Closing]));

        Assert.Equal(Page([Lead, Second, Quote, Figures, Closing]), cleaned.Text);
        Assert.Contains(caption, cleaned.Removed);
    }

    [Fact]
    public void Clean_CaptionBetweenItsCreditAndTheDatelinedLead_IsRemoved()
    {
        // A republished story: byline, credit, caption, then the lead with its dateline. The dateline opens the article.
        const string caption = "Ministers of the nine member states at the signing ceremony in Vienna on Tuesday.";
        var cleaned = BoilerplateRemover.Clean(Page([Title, "By Elena Marsh", "Photo: River Wire", caption, "Vienna — " + Lead, Second, Quote, Figures, Closing]));

        Assert.Equal(Page([Lead, Second, Quote, Figures, Closing]), cleaned.Text);
        Assert.Contains(caption, cleaned.Removed);
    }

    [Fact]
    public void Clean_RecommendedReadingBlurbsClosingThePage_AreRemoved()
    {
        string[] blurbs =
        [
            "This explainer looks at how barge traffic on Europe's rivers is regulated.",
            "The commission's annual report tracks freight volumes on the Danube.",
            "For River Policy, Anna Berg argues that inland shipping is Europe's forgotten climate tool.",
        ];
        var cleaned = BoilerplateRemover.Clean(Page([Title, Lead, Second, Quote, Figures, Closing, "Recommended Resources", .. blurbs, "Jan Novak contributed to this Backgrounder."]));

        Assert.Equal(Page([Lead, Second, Quote, Figures, Closing]), cleaned.Text);
        Assert.All(blurbs, b => Assert.Contains(b, cleaned.Removed));
    }

    [Fact]
    public void Clean_CreditFollowedByItsOwnCaption_LeavesTheParagraphBeforeIt()
    {
        const string shortParagraph = "In June, the transport minister formally approved the new inspection manual.";
        var cleaned = BoilerplateRemover.Clean(Page(
            [Title, Lead, Second, shortParagraph, "Image copyright Reuters", "Image caption Inspectors wave from the deck of a barge in Vienna", Figures, Closing]));

        Assert.Equal(Page([Lead, Second, shortParagraph, Figures, Closing]), cleaned.Text);
    }

    [Fact]
    public void Clean_CreditGluedToItsOwnCaption_LeavesTheParagraphBeforeIt()
    {
        // A wire caption carries its credit at its end: the short paragraph above it is body, not a second caption.
        const string shortParagraph = "In June, the transport minister formally approved the new inspection manual.";
        const string caption = "The Austrian transport minister speaks to reporters in Vienna, Austria, March 4, 2025. REUTERS/Lena Gruber";
        var cleaned = BoilerplateRemover.Clean(Page([Title, Lead, Second, shortParagraph, caption, Figures, Closing]));

        Assert.Equal(Page([Lead, Second, shortParagraph, Figures, Closing]), cleaned.Text);
        Assert.Contains(caption, cleaned.Removed);
    }

    [Fact]
    public void Clean_DatedCaptionAfterItsCredit_IsRemoved()
    {
        const string caption = "Mar. 3: The commission's director-general signs the accord with the Austrian transport minister at the Hofburg.";
        var cleaned = BoilerplateRemover.Clean(Page([Title, "Published March 4, 2025", "AP", caption, Lead, Second, Quote, Figures]));

        Assert.Equal(Page([Lead, Second, Quote, Figures]), cleaned.Text);
        Assert.Contains(caption, cleaned.Removed);
    }

    [Fact]
    public void Clean_PullQuoteRepeatingTheBody_KeepsOnlyTheBodyCopy()
    {
        const string pullQuote = "“Captains will spend their days sailing, not waiting at the quay.”";
        var cleaned = BoilerplateRemover.Clean(Page([Title, Lead, Second, pullQuote, Quote, Figures, Closing]));

        Assert.Equal(Page([Lead, Second, Quote, Figures, Closing]), cleaned.Text);
        Assert.Contains(pullQuote, cleaned.Removed);
    }

    [Fact]
    public void Clean_PullQuoteStitchedFromTwoPiecesOfAQuotation_IsADuplicate()
    {
        const string body = "“There is not enough diesel left in the depot for one more week of pumping,” the harbour master said. “They keep sending us forms and not fuel,” he added, “or anything else the old pumps need.”";
        const string pullQuote = "“There is not enough diesel left in the depot for one more week of pumping. They keep sending us forms and not fuel or anything else the old pumps need.”";
        var cleaned = BoilerplateRemover.Clean(Page([Title, Lead, Second, pullQuote, Figures, body, Closing]));

        Assert.Equal(Page([Lead, Second, Figures, body, Closing]), cleaned.Text);
    }

    [Fact]
    public void Clean_VideoCard_TitleDescriptionTranscriptAndRepeatedCaption_AreRemoved()
    {
        string[] card =
        [
            "Kovacs on the Inspection Deal",
            "The commission's director-general explained on Tuesday why the member states gave up their own rulebooks.",
            "Well, it took a long time. Everybody had a reason to keep their own inspectors, and everybody had a reason to want the queues gone. In the end the queues won, and I think the captains will thank us for it.",
            "The commission's director-general explained on Tuesday why the member states gave up their own rulebooks.CreditCredit...Greta Lind for The River Gazette",
        ];
        var cleaned = BoilerplateRemover.Clean(Page([Title, Lead, Second, Quote, .. card, Figures, Holdouts, Closing]));

        Assert.Equal(Page([Lead, Second, Quote, Figures, Holdouts, Closing]), cleaned.Text);
        Assert.All(card, b => Assert.Contains(b, cleaned.Removed));
    }

    [Fact]
    public void Clean_LeadVideoTranscriptBeforeTheByline_IsRemoved()
    {
        // A long transcript of prose before the byline must not pull the body's start up to it.
        const string transcript = "So here we are again at the lock gates, and the queue stretches back past the bend. Every barge waits for a stamp from every country. The captains say the paperwork costs them more than the fuel. One of them keeps a folder for each border and shows it to anyone who asks.";
        var cleaned = BoilerplateRemover.Clean(Page(
            [Title, "Life in the Queue", transcript, "By Elena Marsh", "March 4, 2025", Lead, Second, Quote, Figures, Holdouts, Closing]));

        Assert.Equal(Page([Lead, Second, Quote, Figures, Holdouts, Closing]), cleaned.Text);
        Assert.Contains(transcript, cleaned.Removed);
    }

    [Fact]
    public void Clean_NewsletterPromptAndItsPitch_AreRemoved()
    {
        const string pitch = "Hi, I'm Jo, and every Friday I send you the week's shipping news. Reply with your questions any time.";
        var cleaned = BoilerplateRemover.Clean(Page([Title, Lead, Second, "Sign up for The River Brief", pitch, Quote, Figures, Closing]));

        Assert.Equal(Page([Lead, Second, Quote, Figures, Closing]), cleaned.Text);
        Assert.Contains(pitch, cleaned.Removed);
    }

    [Fact]
    public void Clean_NewsletterBoxWithLogoLetterAndButton_LosesItsPitch()
    {
        // Copied from the page: the box's name, its label, a letter left of its logo, the pitch, and the button.
        const string pitch = "Get the week's river stories and the ones still developing across the basin.";
        var cleaned = BoilerplateRemover.Clean(Page([Title, Lead, Second, "The River Brief", "Weekly Newsletter", "R", pitch, "Get the Newsletter", Quote, Figures, Closing]));

        Assert.Equal(Page([Lead, Second, Quote, Figures, Closing]), cleaned.Text);
        Assert.Contains(pitch, cleaned.Removed);
    }

    [Theory]
    [InlineData("Add River Wire as your preferred source to see more of our stories on Google.")]
    [InlineData("That's all from us for today. Thanks for following along. You can read our full report from Vienna by Elena Marsh here, and catch up on our earlier coverage below.")]
    [InlineData("Show moreShow less")]
    [InlineData("Read the original article on River Wire.")]
    [InlineData("Join River Wire's WhatsApp Channel and get the latest news and must-reads.")]
    [InlineData("Listen to River Wire's podcast for students and curious minds on the forces shaping the world.")]
    [InlineData("Copyright © 2026 River Wire. All rights reserved. Distributed by Basin Media Syndicate (basin.example). To contact the copyright holder directly for corrections, or for permission to republish or make other authorized use of this material, click here.")]
    [InlineData("You've read 9 articles in the last year")]
    [InlineData("… we have a small favour to ask. Millions are turning to River Wire for open, independent news every day, and readers in 120 countries now support us financially.")]
    [InlineData("Follow the Long Read on X at @riverwire, listen to our podcasts here and sign up to the long read weekly email here.")]
    public void Clean_ReaderPromptBetweenParagraphs_IsRemoved(string prompt)
    {
        var cleaned = BoilerplateRemover.Clean(Page([Title, Lead, Second, prompt, Quote, Figures, Closing]));

        Assert.Equal(Page([Lead, Second, Quote, Figures, Closing]), cleaned.Text);
        Assert.Contains(prompt, cleaned.Removed);
    }

    [Theory]
    [InlineData("0 50 100 150 200")]
    [InlineData("Jan 2023 Jul 2023 Jan 2024 Jul 2024 Jan 2025")]
    public void Clean_ChartAxisInsideTheArticle_DoesNotOpenTheBody(string axis)
    {
        // A PDF's chart leaves its axis labels between the paragraphs: figures or months, like a timestamp, but no
        // timestamp, and the two paragraphs above it are still the article.
        const string ports = "Border ports at Mohács and Giurgiu will share one register of inspected barges, so that a captain cleared upstream is waved through at every later quay.";
        const string unions = "Crew unions welcomed the deal but warned that inspectors would need training in the new standard before it takes effect in the spring.";
        var cleaned = BoilerplateRemover.Clean(Page([Title, Lead, Second, "Figure 1: Barge inspections, monthly", axis, "Source: Danube Commission", Quote, Figures, Section, Holdouts, ports, unions, Closing]));

        Assert.StartsWith(Lead, cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_TrustBoxBeforeItsLearnMoreLink_IsRemoved()
    {
        const string box = "Why we name our sources. Readers deserve to know who is speaking. When we cannot name someone, we explain why and what we did to check the account.";
        var cleaned = BoilerplateRemover.Clean(Page([Title, Lead, Second, Quote, box, "Learn more about our standards.", Figures, Closing]));

        Assert.Equal(Page([Lead, Second, Quote, Figures, Closing]), cleaned.Text);
        Assert.Contains(box, cleaned.Removed);
    }

    [Fact]
    public void Clean_LinksInARun_AreAListNotHeadings()
    {
        var cleaned = BoilerplateRemover.Clean(Page([Title, Lead, Second, "Profile: Marta Kovacs", "Timeline of the dispute", Quote, Figures, Closing]));

        Assert.Equal(Page([Lead, Second, Quote, Figures, Closing]), cleaned.Text);
        Assert.DoesNotContain(cleaned.Blocks, b => b.IsHeading);
    }

    [Fact]
    public void Clean_LinkLineAboveASingleParagraphBeforeAPhoto_IsNotAHeading()
    {
        const string link = "Will the Rhine follow suit?";
        var cleaned = BoilerplateRemover.Clean(Page(
            [Title, Lead, Second, "What does the deal change?", Quote, Figures, link, Holdouts, "Image copyright Reuters", "Image caption Barges at the lock", Closing]));

        Assert.Equal(Page([Lead, Second, "What does the deal change?", Quote, Figures, Holdouts, Closing]), cleaned.Text);
        Assert.Contains(link, cleaned.Removed);
        Assert.Single(cleaned.Blocks, b => b.IsHeading);
    }

    [Fact]
    public void Clean_HeadingFollowedByAnAnalystsByline_StaysAHeading()
    {
        var cleaned = BoilerplateRemover.Clean(Page([Title, Lead, Second, Quote, Figures, "One dispute over, another begins", "Elena Marsh, Europe correspondent", Holdouts, Closing]));

        Assert.Contains(cleaned.Blocks, b => b.IsHeading && b.Range.Slice(cleaned.Text) == "One dispute over, another begins");
        Assert.Contains("Elena Marsh, Europe correspondent", cleaned.Removed);
    }

    [Fact]
    public void Clean_InlineReadPointer_IsCutFromItsParagraph()
    {
        var cleaned = BoilerplateRemover.Clean(Page([Title, Lead, Second + " [Read: How the Rhine solved the same problem] ", Quote, Figures]));

        Assert.Equal(Page([Lead, Second, Quote, Figures]), cleaned.Text);
        Assert.Contains("[Read: How the Rhine solved the same problem]", cleaned.Removed);
    }

    [Theory]
    [InlineData("SEOUL, South Korea — ")]
    [InlineData("KHAN YOUNIS, GAZA — ")]
    [InlineData("&#151; -- ")]
    public void Clean_DatelineOrItsLeftoverDash_IsStrippedFromTheFirstParagraph(string prefix)
    {
        var cleaned = BoilerplateRemover.Clean(Page([Title, prefix + Lead, Second]));

        Assert.Equal(Page([Lead, Second]), cleaned.Text);
        Assert.Equal(prefix.Trim(), Assert.Single(cleaned.Removed));
    }

    [Fact]
    public void Clean_ReportWithNotes_DropsTheReferenceMarksAndTheNotes()
    {
        const string firstNote = "[1] Interviews with port officials in Vidin and Ruse, May 2025.";
        const string secondNote = "[2] Figures from the commission’s 2024 annual report.";

        var cleaned = BoilerplateRemover.Clean(Page(
            [Title, Lead, Section, Second + "[1]", Figures + "[2]", Holdouts, Closing, firstNote, secondNote]));

        Assert.Equal(Page([Lead, Section, Second, Figures, Holdouts, Closing]), cleaned.Text);
        Assert.Contains(firstNote, cleaned.Removed);
        Assert.Contains(secondNote, cleaned.Removed);
    }

    [Fact]
    public void Clean_LiveBlog_KeepsEveryPostAndDropsEachPostsTimeAndByline()
    {
        const string reaction = "Shipping associations in Constanța and Vukovar welcomed the deal but asked the commission to publish the inspection checklist in every language spoken on the river before the rules apply.";
        const string lastPost = "Romania’s transport minister said her inspectors would start using the common checklist in the spring, before the rules take effect.";
        string[] headers =
        [
            "By Elena Marsh, Tomas Reiter and Anna Vogel, IRL",
            "Updated 11:48 a.m. ET, March 5, 2025",
            "From IRL's Elena Marsh in Vienna",
            "10:31 a.m. ET, March 5, 2025",
            "From IRL's Tomas Reiter",
            "9:58 a.m. ET, March 5, 2025",
            "From IRL’s Anna Vogel in Bucharest",
            "9:15 a.m. ET, March 5, 2025",
            "From IRL's Elena Marsh",
        ];
        var page = Page(
        [
            Title, headers[0], headers[1], "Ministers sign the inspection deal", headers[2], Lead, Second,
            headers[3], Section, headers[4], Quote, Figures,
            headers[5], "Holdouts won over", headers[6], Holdouts, reaction,
            headers[7], "What comes next", headers[8], Closing, lastPost,
        ]);

        var cleaned = BoilerplateRemover.Clean(page);

        Assert.All(new[] { Lead, Second, Quote, Figures, Holdouts, reaction, Closing, lastPost }, p => Assert.Contains(p, cleaned.Text, StringComparison.Ordinal));
        Assert.All(headers, h => Assert.Contains(h, cleaned.Removed));
        Assert.Contains(cleaned.Blocks, b => b.IsHeading && b.Range.Slice(cleaned.Text) == Section);
    }

    [Fact]
    public void Clean_LiveBlogOfOneParagraphPosts_KeepsEveryPost()
    {
        string[] posts = [Lead, Second, Quote, Figures, Holdouts, Closing];
        var page = new List<string> { Title, "Elena Marsh in Vienna", "Wed 5 Mar 2025 17.40 GMT" };
        for (var i = 0; i < posts.Length; i++)
        {
            page.AddRange([$"{16 - i}.{10 + i} GMT", $"Update number {i + 1} from the talks", "From IRL's Tomas Reiter", posts[i]]);
        }

        var cleaned = BoilerplateRemover.Clean(Page(page));

        Assert.All(posts, p => Assert.Contains(p, cleaned.Text, StringComparison.Ordinal));
        Assert.DoesNotContain("GMT", cleaned.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Key takeaways")]
    [InlineData("What we're covering")]
    [InlineData("Highlights")]
    public void Clean_HighlightsBoxAboveTheBody_IsRemovedLineByLine(string label)
    {
        string[] box =
        [
            label,
            "Nine states now share one rulebook for barge inspections.",
            "A vessel cleared in one port may sail on to the Black Sea.",
            "Hungary and Romania keep spot checks for safety.",
        ];

        var cleaned = BoilerplateRemover.Clean(Page([Title, .. box, Lead, Second, Quote, Figures, Holdouts, Closing]));

        Assert.Equal(Page([Lead, Second, Quote, Figures, Holdouts, Closing]), cleaned.Text);
        Assert.All(box, b => Assert.Contains(b, cleaned.Removed));
    }

    [Fact]
    public void Clean_NoProseAtAll_KeepsTheLinesThatAreNotBoilerplate()
    {
        var cleaned = BoilerplateRemover.Clean("Summit Notes\n\nNine member states\n\nOne inspection standard\n\nAdvertisement");

        Assert.Equal("Nine member states\n\nOne inspection standard", cleaned.Text);
    }

    private static string Page(IEnumerable<string> blocks) => string.Join("\n\n", blocks);
}
