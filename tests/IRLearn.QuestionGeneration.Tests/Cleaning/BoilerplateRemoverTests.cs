using IRLearn.QuestionGeneration.Cleaning;

namespace IRLearn.QuestionGeneration.Tests.Cleaning;

public sealed class BoilerplateRemoverTests
{
    private const string Body = "Kazakhstan initiated the Conference on Interaction and Confidence Building Measures in Asia in 1992. It remains active.";
    private const string SecondBody = "The conference now has twenty-eight members and meets at summit level every four years.";

    [Fact]
    public void Clean_FirstLineLooksLikeTitle_TakesItAsTitle()
    {
        var cleaned = BoilerplateRemover.Clean("Kazakhstan Between East and West\n\n" + Body);

        Assert.Equal("Kazakhstan Between East and West", cleaned.Title);
        Assert.Equal(Body, cleaned.Text);
    }

    [Theory]
    [InlineData("Almaty Talks Stall Over Water Quotas, Envoy Tells the U.N.", "Almaty Talks Stall Over Water Quotas, Envoy Tells the U.N.")]
    [InlineData("Almaty talks stall over water quotas.", "Almaty talks stall over water quotas")]
    public void Clean_HeadlineEndingInAFullStop_KeepsItOnlyAfterAnInitialism(string headline, string title)
    {
        var cleaned = BoilerplateRemover.Clean(headline + "\n\n" + Body + "\n\n" + SecondBody);

        Assert.Equal(title, cleaned.Title);
    }

    [Fact]
    public void Clean_SiteFurnitureAboveTheHeadline_IsNeitherTitleNorText()
    {
        var cleaned = BoilerplateRemover.Clean("Skip to main content\n\nWorld\n\nKazakhstan Between East and West\n\n" + Body);

        Assert.Equal("Kazakhstan Between East and West", cleaned.Title);
        Assert.Equal(Body, cleaned.Text);
        Assert.Equal(["Skip to main content", "World"], cleaned.Removed);
    }

    private const string WaterLead =
        "Kazakhstan, Kyrgyzstan and Uzbekistan signed an agreement on Tuesday to share the waters of the Naryn river, ending a " +
        "decade of disputes over summer releases from upstream reservoirs.";

    private const string WaterBody =
        "Under the deal, Kyrgyzstan will release at least 4 billion cubic metres of water between April and September, and its " +
        "neighbours will supply electricity in winter in return.\n\nThe agreement must be ratified by all three parliaments " +
        "before it takes effect, which officials expect by the end of the year.";

    [Theory]
    [InlineData("Global news, data and insight for energy professionals")]
    [InlineData("Northbridge Institute for Global Affairs\n\nRegions | Topics | Experts | Events")]
    [InlineData("We use cookies to personalise content and measure audiences. You can accept all cookies or manage your choices")]
    public void Clean_SiteMottoAboveTheHeadline_IsNeitherTitleNorText(string site)
    {
        // The site's own name or motto shares no word with the article; the headline below it does.
        var cleaned = BoilerplateRemover.Clean(
            "Skip to main content\n\n" + site + "\n\nWorld > Asia\n\nCentral Asian states sign Naryn water-sharing deal\n\n" +
            "By Jane Doe and John Roe\n\n" + WaterLead + "\n\n" + WaterBody);

        Assert.Equal("Central Asian states sign Naryn water-sharing deal", cleaned.Title);
        Assert.StartsWith("Kazakhstan, Kyrgyzstan", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(cleaned.Removed, r => r.StartsWith(site.Split("\n\n")[0], StringComparison.Ordinal));
    }

    [Fact]
    public void Clean_WholePageCopiedFromTheBrowser_FindsTheHeadlineUnderItsMenus()
    {
        // Select-all and paste: every menu item on a line of its own, a hundred and more of them, then a kicker glued to
        // its section, the headline, its dek, and the body paragraphs between blank lines.
        var menu = "Skip links\nSkip to Content\nClose dialogue\nNext image\nWelcome to the Northbridge Times\nNavigation menu\n" +
            string.Join("\n", Enumerable.Range(1, 120).Select(i => $"Section {i}"));
        var cleaned = BoilerplateRemover.Clean(
            menu + "\n\nAsiaSharing the Naryn waters\n\nCentral Asian states sign Naryn water-sharing deal\n\n" +
            "Three neighbours end a decade of quarrels over summer releases\n\nListen to this story\n\n" + WaterLead + "\n\n" + WaterBody);

        Assert.Equal("Central Asian states sign Naryn water-sharing deal", cleaned.Title);
        Assert.StartsWith("Kazakhstan, Kyrgyzstan", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("Section 120", cleaned.Removed);
    }

    [Fact]
    public void Clean_SiteGreetingThatSharesWordsWithTheLead_IsNotTheTitle()
    {
        // "Welcome to the United Nations" names what the lead names; it is still the site's greeting, not the headline.
        const string lead = "The United Nations Security Council on Tuesday renewed the mandate of its Naryn observer mission for a year, " +
            "with thirteen votes in favour and two abstentions.";
        var cleaned = BoilerplateRemover.Clean(
            "Skip to main content\n\nWelcome to the United Nations\n\nSecurity Council renews Naryn observer mission for a year\n\n" +
            lead + "\n\n" + WaterBody);

        Assert.Equal("Security Council renews Naryn observer mission for a year", cleaned.Title);
        Assert.Equal(["Skip to main content", "Welcome to the United Nations"], cleaned.Removed);
    }

    [Fact]
    public void HeadlineIndex_MeetingsRecordUnderALanguageMenu_IsItsLongTitleCasedHeadlineAndTitle()
    {
        // The menu's other scripts are not a headline, and a meetings record's headline runs past 22 words in title case.
        const string Headline = "Security Council Extends Mandate of Interim Observer Mission for Naryn Valley until March 2027, Adopting Resolution 2811 (2026) " +
            "by 13 Votes in Favour, 2 Abstentions";
        string[] page =
        [
            "Skip to main content", "Welcome to the United Nations", "العربية", "中文", "English", "Français", "Русский", "Español",
            "United Nations", "Meetings Coverage and Press Releases", "Search", "Home", "Secretary-General", "General Assembly",
            "Security Council", "Economic and Social Council", "Other", "Press Briefings", "Media Advisories", "In Case You Missed It",
            "Home", "Meetings Coverage", "Security Council", "SC/15990", "10 March 2026", "Meetings Coverage", "Security Council",
            "10,050th Meeting (AM)", Headline, "Print", "Share", "Facebook", "X", "Email",
            "The Security Council this morning extended until 15 March 2027 the mandate of the Naryn observer mission, adopting " +
            "resolution 2811 (2026) by 13 votes in favour to none against, with 2 abstentions.",
            .. BriefBody.Split("\n\n"),
        ];

        Assert.Equal(Array.IndexOf(page, Headline), BoilerplateRemover.HeadlineIndex(page));
        Assert.Equal(Headline, BoilerplateRemover.Clean(string.Join("\n\n", page)).Title);
    }

    [Fact]
    public void Clean_WikiPageCopiedFromTheBrowser_KeepsItsProseWithoutEditLinksContentsOrReferences()
    {
        var page = "Jump to navigation\nMain menu\nContents hide\n(Top)\n1 Background\n2 Provisions\n2.1 Water releases and electricity\n" +
            "3 References\n\nNaryn water-sharing agreement\n\nFrom Wikipedia, the free encyclopedia\n\n" + WaterLead + "[1]\n\n" +
            "Background[edit]\n\n" + WaterBody.Replace(" in return.", " in return.[citation needed]", StringComparison.Ordinal) +
            "\n\nReferences[edit]\n\n1. ^ \"Naryn deal signed\". River Wire. 3 April 2025. Retrieved 4 April 2025.\n\n" +
            "2. ^ Jump up to: a b \"Kyrgyzstan to release 4 billion cubic metres\". Basin News. 5 April 2025.";

        var cleaned = BoilerplateRemover.Clean(page);

        Assert.Equal("Naryn water-sharing agreement", cleaned.Title);
        Assert.StartsWith("Kazakhstan, Kyrgyzstan", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("[", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Naryn deal signed", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Basin News", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_RunsOfWikiNoteMarksAndLetteredNotes_AreDropped_AnEditorsBracketedLetterStays()
    {
        // "[2][11]" is two notes, and a lettered note follows its stop; "give[s]" is the editor's letter inside a quotation.
        var lead = WaterLead + "[2][11] The deal runs for 12 years.[a][note 3] Officials said it would “give[s] farmers hope”.[4][citation needed]";

        var cleaned = BoilerplateRemover.Clean("Naryn water-sharing agreement\n\n" + lead + "\n\n" + WaterBody);

        Assert.StartsWith(WaterLead + " The deal runs for 12 years. Officials said it would “give[s] farmers hope”.", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_NoteNumbersACopyFromAPdfGluesToSentenceEnds_AreDropped()
    {
        // Set small and raised in the PDF, the note's number comes out glued to the full stop: "… upstream reservoirs.1 The …".
        const string copied = "Kazakhstan, Kyrgyzstan and Uzbekistan signed an agreement on Tuesday to share the waters of the Naryn " +
            "river, ending a decade of disputes over summer releases from upstream reservoirs.1 The deal runs for 12 years.23 " +
            "“It is fair,” one envoy said.4 It follows the U.S.2 plan and version 2.1 of the 2021.4 Almaty draft.";

        var cleaned = BoilerplateRemover.Clean("Central Asian states sign Naryn water-sharing deal\n\n" + copied + "\n\n" + WaterBody);

        Assert.StartsWith(
            "Kazakhstan, Kyrgyzstan and Uzbekistan signed an agreement on Tuesday to share the waters of the Naryn river, ending a " +
            "decade of disputes over summer releases from upstream reservoirs. The deal runs for 12 years. “It is fair,” one envoy " +
            "said. It follows the U.S.2 plan and version 2.1 of the 2021.4 Almaty draft.",
            cleaned.Text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_HeadlineInImagesAboveDekAndByline_StaysTheTitle()
    {
        // A headline may share no word with the lead; standing over the dek and the byline, it is still the headline.
        var cleaned = BoilerplateRemover.Clean(
            "The Quiet Bargain Nobody Noticed\n\nCentral Asian states sign a Naryn water-sharing deal after years of disputes\n\n" +
            "By Jane Doe\n\n" + WaterLead + "\n\n" + WaterBody);

        Assert.Equal("The Quiet Bargain Nobody Noticed", cleaned.Title);
    }

    [Theory]
    [InlineData("Purchase Licensing Rights, opens new tab")]
    [InlineData("By signing up, you agree to receive email newsletters or alerts from Northbridge. You can unsubscribe at any time.")]
    public void Clean_LinkLabelOrSignUpTermsBetweenParagraphs_AreRemoved(string furniture)
    {
        var cleaned = BoilerplateRemover.Clean("Central Asian states sign Naryn water-sharing deal\n\n" + WaterLead + "\n\n" + furniture + "\n\n" + WaterBody);

        Assert.DoesNotContain(furniture, cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(furniture, cleaned.Removed);
    }

    private const string BriefBody =
        "On 6 February 2024, nine coastal states signed the Accra compact, committing them to share radar and patrol data. The " +
        "European Union will contribute 45 million euros over four years.\n\nThe compact lets a navy pursue a fleeing vessel into a " +
        "neighbour's waters. Officials call the clause a relay, since each navy hands the chase to the next.\n\nSeveral states " +
        "have yet to ratify it. Without them the relay has gaps along the coast, and traffickers know where they are.";

    [Fact]
    public void Clean_ReportsRunningHeaderSummaryAndReferences_AreNotTheArticle()
    {
        // A report converted to text: its running header tops every page, a summary box restates the body, and a list of
        // references closes it.
        const string Header = "BRIEF / 12 | 2024\nNorthbridge Institute for Security Studies";
        var page = Header + "\n\nConnecting the dots at sea\n\nSummary\n\n• Nine coastal states signed the Accra compact in February 2024.\n\n" +
            "• The EU will contribute 45 million euros.\n\n" + BriefBody + "\n\n3\n" + Header + "\n\nReferences\n\n" +
            "1. Okafor, A., 'Blue economy, grey zones', Brief no. 7, April 2023.\n\n2. Roe, J., Remarks at the signing ceremony, Accra, 6 February 2024.";

        var cleaned = BoilerplateRemover.Clean(page);

        Assert.Equal("Connecting the dots at sea", cleaned.Title);
        Assert.Equal(BriefBody, cleaned.Text);
    }

    [Fact]
    public void Clean_DidYouKnowBox_IsNotTheArticle()
    {
        const string Trivia = "The Gulf of Guinea's coastline runs for about 6,000 kilometres from Senegal to Angola.";
        var paragraphs = BriefBody.Split("\n\n");
        var cleaned = BoilerplateRemover.Clean(
            "Connecting the dots at sea\n\n" + paragraphs[0] + "\n\nDid you know?\n\n" + Trivia + "\n\n" + string.Join("\n\n", paragraphs[1..]));

        Assert.Equal(BriefBody, cleaned.Text);
        Assert.Contains(Trivia, cleaned.Removed);
    }

    [Theory]
    [InlineData("A message from Harbourline Shipping:\n\nKeeping West African trade moving since 1962. See where our ships sailed this year.")]
    [InlineData("Presented by Harbourline Shipping")]
    [InlineData("TRIVIA: Yesterday's question: Which city hosts the compact's secretariat? Answer: Accra, since 2024.")]
    [InlineData("Today's question: Which navy ran the first relay patrol? The first reader to answer gets a mention tomorrow.")]
    [InlineData("SPOTTED at the Ghanaian ambassador's residence on Monday night: Ama Owusu, Kofi Mensah and Jane Roe.")]
    [InlineData("TRANSITIONS — Kofi Mensah is now chief of staff at the foreign ministry. He previously advised the navy.")]
    [InlineData("This briefing couldn't happen without our editor Ama Owusu, deputy editor Ben Tetteh and producer Jane Roe.")]
    public void Clean_NewsletterSponsorQuizSocialNoteOrStaffCredit_IsNotTheArticle(string furniture)
    {
        // A newsletter forwarded whole: its sponsor's message, its quiz and its social notes sit among the news items.
        var paragraphs = BriefBody.Split("\n\n");
        var cleaned = BoilerplateRemover.Clean(
            "Connecting the dots at sea\n\n" + paragraphs[0] + "\n\n" + paragraphs[1] + "\n\n" + furniture + "\n\n" + paragraphs[2]);

        Assert.Equal(BriefBody, cleaned.Text);
        Assert.All(furniture.Split("\n\n"), block => Assert.Contains(block, cleaned.Removed));
    }

    [Fact]
    public void Clean_ListBoxPastedAsLinesUnderTheLead_KeepsTheLead()
    {
        // A browser copy puts the box's screen-reader markers on lines of their own, with no blank line between them.
        const string Box = "Recommended Stories\nlist of 3 items\nlist 1 of 3\nDrought-hit farmers ration water in the delta\nlist 2 of 3\n" +
            "Photos: fishermen leave the drying marshes\nlist 3 of 3\nWhy is the river running dry?\nend of list";
        var paragraphs = BriefBody.Split("\n\n");

        var cleaned = BoilerplateRemover.Clean("Connecting the dots at sea\n\n" + paragraphs[0] + "\n\n" + Box + "\n\n" + string.Join("\n\n", paragraphs[1..]));

        Assert.Equal(BriefBody, cleaned.Text);
    }

    [Theory]
    [InlineData("Spotted at the border on Monday, the trawler turned back before the patrol reached it.")]
    [InlineData("A message from the secretary-general was read out at the signing: the compact, he wrote, closes the gaps.")]
    public void Clean_ProseThatOpensLikeANewsletterColumn_IsKept(string paragraph)
    {
        var body = BriefBody.Replace("\n\nSeveral states", "\n\n" + paragraph + "\n\nSeveral states", StringComparison.Ordinal);

        var cleaned = BoilerplateRemover.Clean("Connecting the dots at sea\n\n" + body);

        Assert.Equal(body, cleaned.Text);
    }

    [Theory]
    [InlineData("1 Figures from the secretariat's annual summary, which counts each sighting rather than each vessel.")]
    [InlineData("2 I am working from the Spanish-language version circulated to delegations on 20 February.")]
    public void Clean_NoteNumberedWithABareFigure_IsANote(string note)
    {
        var cleaned = BoilerplateRemover.Clean("Connecting the dots at sea\n\n" + BriefBody + "\n\n" + note);

        Assert.Equal(BriefBody, cleaned.Text);
        Assert.Contains(note, cleaned.Removed);
    }

    [Fact]
    public void Clean_ReportersBeatAfterTheArticle_IsABio()
    {
        const string Beat = "Jane Roe covers Central Asia and the Caucasus for The Northbridge Times. She is based in Almaty, Kazakhstan.";
        var cleaned = BoilerplateRemover.Clean("Central Asian states sign Naryn water-sharing deal\n\n" + WaterLead + "\n\n" + WaterBody + "\n\n" + Beat);

        Assert.DoesNotContain("Jane Roe", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(Beat, cleaned.Removed);
    }

    [Fact]
    public void Clean_AnalystsCareerAfterTheCommentary_IsABio()
    {
        const string Career = "Jane Roe leads the Eurasia Programme’s work on water and energy in Central Asia. Before joining the institute in " +
            "2019, she was a research associate at a university in Almaty. She holds a PhD in geography from a university in Leeds.";
        var cleaned = BoilerplateRemover.Clean("Central Asian states sign Naryn water-sharing deal\n\n" + WaterLead + "\n\n" + WaterBody + "\n\n" + Career);

        Assert.DoesNotContain("Jane Roe", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(Career, cleaned.Removed);
    }

    [Theory]
    [InlineData("Steppe Diplomacy\n\nBy Jane Doe")]
    [InlineData("Steppe Diplomacy\n\nUpdated: March 5, 2025, 8:30 AM GMT")]
    public void Clean_ShortHeadlineAboveItsByline_StaysTheTitle(string top)
    {
        // A headline of two words is rare but real; the line under it is the byline or the date, not a longer headline.
        Assert.Equal("Steppe Diplomacy", BoilerplateRemover.Clean(top + "\n\n" + Body).Title);
    }

    [Fact]
    public void Clean_TitleArgument_WinsAndDropsDuplicateFirstLine()
    {
        var cleaned = BoilerplateRemover.Clean("Some Title\n\n" + Body, "Some Title");

        Assert.Equal("Some Title", cleaned.Title);
        Assert.DoesNotContain("Some Title", cleaned.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[Image by jorono from Pixabay]")]
    [InlineData("Photo: Reuters/Maria Lourdes Tan")]
    [InlineData("[Photo: NATO handout]")]
    [InlineData("Ernest Gallo is an academic and a visiting professor on international studies. The views and opinions expressed in this article are those of the author.")]
    [InlineData("Share this article")]
    [InlineData("Subscribe to our newsletter for weekly analysis.")]
    [InlineData("By Jane Doe")]
    [InlineData("Follow IRL on social media for daily updates.")]
    [InlineData("Follow us on X for the latest from Geneva.")]
    [InlineData("Advertisement")]
    [InlineData("Continue reading the main story")]
    [InlineData("1 of 24")]
    [InlineData("Photograph: Lena Marsh/Reuters")]
    [InlineData("Tomas Reiter/AFP/Getty Images")]
    [InlineData("iStockphoto")]
    [InlineData("Image copyright EPA")]
    [InlineData("Image caption The minister leaves the chancellery after the vote")]
    [InlineData("Media playback is unsupported on your device")]
    [InlineData("Anna Vogel contributed reporting from Bucharest.")]
    [InlineData("Additional reporting by Piotr Nowak in Warsaw")]
    [InlineData("The Associated Press contributed to this report.")]
    [InlineData("Elena Marsh reported from Vienna, and Tomas Reiter from Bratislava.")]
    [InlineData("Correction: An earlier version of this article gave the wrong year for the commission’s founding.")]
    [InlineData("Editor's note: This story has been updated with comment from the Austrian transport ministry.")]
    [InlineData("An earlier version of this report misspelled the name of the commission’s director-general.")]
    [InlineData("Elena Marsh is a diplomatic producer for a European broadcaster, based in Vienna.")]
    [InlineData("Updated: March 5, 2025, 8:30 AM GMT")]
    [InlineData("Tue 4 Mar 2025 06.00 GMT · Last modified on Wed 5 Mar 2025 09.12 GMT")]
    [InlineData("15:11")]
    [InlineData("The meeting began at 10:04 a.m. and ended at 11:38 a.m.")]
    [InlineData("2 hours ago")]
    [InlineData("ByElena Marsh | March 4, 2025")]
    [InlineData("From IRL’s Anna Vogel in Bucharest")]
    [InlineData("Elena Marsh, Europe correspondent")]
    [InlineData("Every morning, get the shipping news that matters in your inbox.")]
    [InlineData("Filed under danube , shipping , treaties")]
    [InlineData("Previous articleFloods Close Two Ports on the Lower Danube")]
    [InlineData("This story has been shared 4,120 times. 4,120")]
    [InlineData("Story continues below advertisement")]
    [InlineData("WATCH | How the river became a bottleneck")]
    [InlineData("The deal is done and the barges can sail again! pic.twitter.com/AbC123xyz")]
    [InlineData("Have a tip? Email us at tips@example.org.")]
    [InlineData("Pictured: Barges at the lock near Vienna, March 4, 2025")]
    [InlineData("Barges wait at the lock near Vienna on Monday. (Elena Marsh/IRL)")]
    [InlineData("Barges wait at the lock near Vienna on Monday. | Elena Marsh/IRL")]
    [InlineData("阅读中文版")]
    [InlineData("Explore more on these topics Shipping Austria European Union")]
    [InlineData("More on this story")]
    [InlineData("Link Copied!")]
    [InlineData("Skip to main content")]
    public void Clean_BoilerplateBlockInsideTheBody_IsRemovedAndListed(string block)
    {
        var cleaned = BoilerplateRemover.Clean("A Title About Things\n\n" + Body + "\n\n" + block + "\n\n" + SecondBody);

        Assert.Equal(Body + "\n\n" + SecondBody, cleaned.Text);
        Assert.Contains(block, cleaned.Removed);
    }

    [Fact]
    public void Clean_RelatedTeaser_RemovesTitleAndSnippet()
    {
        const string teaserTitle = "AI Fighter Jets: Skynet or Strategic Supremacy?";
        const string snippet = "The recent milestone achieved by the US Air Force has ignited a firestorm...";
        var cleaned = BoilerplateRemover.Clean($"A Title About Things\n\n{Body}\n\n{teaserTitle}\n\n{snippet}");

        Assert.Equal(Body, cleaned.Text);
        Assert.Equal([teaserTitle, snippet], cleaned.Removed);
    }

    [Theory]
    [InlineData("ASTANA, Oct 14 (Reuters) - ")]
    [InlineData("BRUSSELS (IRL) - ")]
    [InlineData("ACCRA, Jan. 12 (IRL) -- ")]
    [InlineData("NEW DELHI: ")]
    [InlineData("ISLAMABAD, March 5: ")]
    [InlineData("ULAANBAATAR, March 5. /TASS/. ")]
    [InlineData("Vilnius (dpa) - ")]
    [InlineData("Santa Cruz, Oct. 3 (EFE) – ")]
    [InlineData("Almaty, Kazakhstan (CNN) — ")]
    [InlineData("Hong Kong CNN — ")]
    public void Clean_Dateline_StripsOnlyThePrefix(string dateline)
    {
        var cleaned = BoilerplateRemover.Clean("A Title About Things\n\n" + dateline + Body);

        Assert.Equal(Body, cleaned.Text);
        Assert.Equal(dateline.Trim(), Assert.Single(cleaned.Removed));
    }

    [Fact]
    public void Clean_HardWrappedParagraph_IsJoinedIntoOneBlock()
    {
        var cleaned = BoilerplateRemover.Clean("A Title About Things\n\nKazakhstan initiated the Conference on Interaction and Confidence\nBuilding Measures in Asia in 1992.");

        Assert.Equal("Kazakhstan initiated the Conference on Interaction and Confidence Building Measures in Asia in 1992.", cleaned.Text);
    }

    [Fact]
    public void Clean_CaptionEndingInItsCreditAboveTheReporterName_IsNotJoinedToIt()
    {
        var cleaned = BoilerplateRemover.Clean(
            "Central Asian states sign Naryn water-sharing deal\n\nOfficials at the signing ceremony in Bishkek on March 11.PHOTO: AFP\n" +
            "Jane Doe\nCentral Asia Correspondent\nUpdated Mar 12, 2026, 07:48 PM\n\n" + WaterLead + "\n\n" + WaterBody);

        Assert.Equal("Central Asian states sign Naryn water-sharing deal", cleaned.Title);
        Assert.Contains("Officials at the signing ceremony in Bishkek on March 11.PHOTO: AFP", cleaned.Removed);
        Assert.StartsWith("Kazakhstan, Kyrgyzstan", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_HeadlineCopiedRightAboveItsByline_StaysApartFromIt()
    {
        var cleaned = BoilerplateRemover.Clean("Kazakhstan, China Agree To Raise Ili River Flows As Lake Balkhash Shrinks\nBy Jane Doe\n\n" + Body);

        Assert.Equal("Kazakhstan, China Agree To Raise Ili River Flows As Lake Balkhash Shrinks", cleaned.Title);
        Assert.Equal(Body, cleaned.Text);
    }

    [Fact]
    public void Clean_ShortLineInBody_IsKeptAsHeading()
    {
        var cleaned = BoilerplateRemover.Clean("A Title About Things\n\n" + Body + "\n\nTransport corridors\n\n" + SecondBody);

        Assert.Contains(cleaned.Blocks, b => b.IsHeading && b.Range.Slice(cleaned.Text) == "Transport corridors");
    }
}
