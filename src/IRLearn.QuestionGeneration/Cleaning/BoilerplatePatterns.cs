using System.Text.RegularExpressions;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Cleaning;

/// <summary>
/// The shapes of page furniture that a block shows by itself, without its neighbours: credits,
/// captions, bylines, timestamps, widget labels, prompts, bios and contributor lines. Every pattern is
/// anchored or bounded and is only tried on blocks of a few dozen words, so none can backtrack badly.
/// </summary>
internal static partial class BoilerplatePatterns
{
    private const int MaxLabelWords = 6;

    // A note explains a source or a term in a sentence or two; a numbered paragraph of prose is longer.
    private const int MaxFootnoteWords = 80;

    // An editor's note or a correction says in a sentence or two what changed.
    private const int MaxEditorialNoteWords = 60;

    // A reader appeal ("Independent journalism is never easy … Join our community today.") is a paragraph, not an essay.
    private const int MaxAppealWords = 80;

    [GeneratedRegex(@"^[\[(]?\s*(?:featured\s+|cover\s+|file\s+|header\s+|top\s+|lead\s+)?(?:image|photo|photograph|picture|illustration|pic|credit|source|graphic|video|footage)s?(?:\s+(?:credit|copyright|source|courtesy))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditStart();

    [GeneratedRegex(@"\b(?:Pixabay|Unsplash|Shutterstock|Getty Images|Wikimedia|Wikipedia Commons|Flickr|iStock|iStockphoto|Pexels|Alamy|AP Photo|AFP via|Reuters/|EPA-EFE|Creative Commons|CC BY)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StockSource();

    // A block that ends in an agency or stock library, without a full stop: a caption with its credit glued on
    // ("… on Thursday.Anthony Wallace / AFP - Getty Images", "… Timothy Weeks AP", "Evan Vucci/AP Photo").
    [GeneratedRegex(@"\b(?:AP(?:\s+Photo)?|AFP|Reuters|Getty(?:\s+Images)?|EPA(?:-EFE)?|Associated\s+Press|Bloomberg|iStock(?:photo)?|Shutterstock|Alamy|Pixabay|Unsplash|Xinhua|TASS|Sputnik|Anadolu(?:\s+Agency)?|NurPhoto|SOPA\s+Images|ZUMA(?:\s+(?:Press|Wire))?|Sipa(?:\s+USA)?|WireImage|Corbis|Redux|Polaris|Imago|picture\s+alliance|PA(?:\s+(?:Media|Wire|Images))?|dpa|Kyodo|Yonhap|Handout|(?:for\s+|/\s*)The\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})\s*\)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CreditTail();

    // "… in Kyiv, Jan. 5, 2024. (AP Photo/Jane Example, File)": an agency's credit in brackets closing a caption.
    // Any photographer and outlet in brackets, "(Jane Example/The Paper)", or after a bar, "… | Jane Example/The Paper".
    [GeneratedRegex(@"\((?:AP|AFP|Reuters|EPA|Getty\s+Images|Photo|Image|Picture)\b[^()]{0,80}\)\s*$|(?:\(|\s\|\s+)\p{Lu}[\p{L}.'’ -]{1,40}/\s?\p{Lu}[\p{L}&.'’ /-]{0,50}\)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ParenthesisedCredit();

    // "… Photo: Ali Example/Agency", "… Credit...Name/The Paper", "… Photograph: Name/Agency" closing a block.
    [GeneratedRegex(@"(?:Photo(?:graph)?|Credit|Image|Picture|Illustration|Video)\s*(?::|…|\.{2,})\s*[^.!?]{1,90}$", RegexOptions.CultureInvariant)]
    private static partial Regex CreditMarkerTail();

    // "Image caption …", "Media captionWho is …", "Caption: …", "toggle caption", "FILE - …", "Image 1 of 24", "1 of 24".
    [GeneratedRegex(@"^(?:(?:image|media|video|photo|picture)\s*caption|caption\s*:|(?:toggle|hide|show)\s+caption|pictured\s*:|file\s*(?:photo\s*)?[-–—:]\s|(?:image|photo|picture|slide)\s*[0-9]{1,3}\s*(?:of|/)\s*[0-9]{1,3}\b|[0-9]{1,3}\s*(?:of|/)\s*[0-9]{1,3}\s*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionStart();

    // What only a caption says: "Apr. 8: President X signs …", "(left)", "pictured", "in this file photo".
    [GeneratedRegex(@"^(?:" + WordPatterns.MonthAbbreviation + "|" + WordPatterns.Month + @")[a-z]*\.?\s+[0-9]{1,2}(?:,\s*[0-9]{4})?:\s|\((?:left|right|center|centre|top|bottom|front|back|L|R|C)\)|\bpictured\b|\b(?:file|handout)\s+(?:photo|picture|image)\b|\bin\s+this\s+(?:photo|picture|image)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionMarks();

    [GeneratedRegex(@"\b(?:views|opinions)\s+(?:and\s+opinions\s+|and\s+views\s+)?expressed\b|\bdo(?:es)?\s+not\s+necessarily\s+(?:reflect|represent)\b|^about\s+the\s+author\b|^the\s+author\s+is\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BioDisclaimer();

    [GeneratedRegex(@"^(?:Dr\.?\s+|Prof\.?\s+)?[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){1,3},?\s+(?:is|was|has been|serves as|works as)\s+(?:an?|the|currently|formerly|also)\b[^.]{0,200}\b(?i:professor|lecturer|researcher|analyst|fellow|journalist|writer|author|editor|student|scholar|director|consultant|expert|correspondent|candidate|diplomat|academic|specialist|associate|graduate|founder|economist|historian|commentator|contributor|producer|reporter|columnist)", RegexOptions.CultureInvariant)]
    private static partial Regex BioSentence();

    // A reporter's beat: "Jane Roe covers Central Asia and the Caucasus for The Times."
    [GeneratedRegex(@"^[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){1,3}\s+(?:covers|reports\s+on|writes\s+about)\s+[^.]{3,120}\s+for\s+(?:[Tt]he\s+)?\p{Lu}[^.]{0,40}\.", RegexOptions.CultureInvariant)]
    private static partial Regex BioBeat();

    // An analyst's bio under a commentary: "Jane Roe leads the Africa Programme’s work on maritime security. Before joining the
    // institute in 2021, she was … She holds a PhD in war studies …": a name that opens the block, then a career's marks.
    [GeneratedRegex(@"^(?:Dr\.?\s+|Prof\.?\s+)?[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){1,3}\s+(?:leads|heads|directs|co-leads|is|was|has|joined)\b[^.]{0,160}\.\s.*(?:\bBefore\s+joining\s+[^,.]{3,80},\s+(?:she|he|they)\s+(?:was|worked|served)\b|\b(?:She|He|They)\s+holds?\s+an?\s+(?:PhD|DPhil|doctorate|master['’]s\s+degree|degree)\s+in\b)", RegexOptions.CultureInvariant)]
    private static partial Regex BioCareer();

    [GeneratedRegex(@"^(?:share(?:\s+this)?|share\s+on|tweet|e-?mail\s+this|print(?:\s+this)?|subscribe|sign\s+up|follow\s+us|like\s+us|join\s+(?:us|our)|click\s+here|read\s+more|read\s+also|also\s+read|see\s+also|related(?:\s+(?:articles?|posts?|stories|content|reading))?|recommended|more\s+from|advertisement|sponsored|tags?\s*:|filed\s+under|comments?\b|leave\s+a\s+(?:comment|reply)|copyright|©|all\s+rights\s+reserved|download\s+(?:our|the)\s+app|get\s+the\s+latest|newsletter|you\s+may\s+also\s+like|continue\s+reading|back\s+to\s+top|learn\s+more\s+about\s+(?:our|how|the\s+way)|send\s+any\s+friend|give\s+this\s+article|read\s+in\s+app|listen\s+to\s+this\s+article|link\s+copied|skip\s+to|jump\s+to|explore\s+more|more\s+on\s+(?:this\s+(?:story|topic)|these\s+topics)|note\s+from\s+the\s+(?:author|editor)|become\s+a\s+(?:member|supporter|subscriber)|show\s+(?:more|less|key\s+events)(?:\s*show\s+(?:more|less))?|that(?:'|’|\s+i)s\s+all\s+from\s+(?:us|me)|thanks?\s+(?:you\s+)?for\s+(?:following|reading)|read\s+the\s+original\s+(?:article|story|report)|listen\s+(?:now|to\s+(?:\S+\s+){1,3}podcast)|you(?:'|’)ve\s+read\s+[0-9]+\s+articles)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PromptStart();

    [GeneratedRegex(@"^(?:(?:skip|jump)\s+(?:to\s+)?(?:the\s+)?(?:main\s+|featured\s+)?(?:content|navigation|menu|search|article|footer|links)|accessibility\s+links|welcome\s+to\s+(?:the\s+)?\p{Lu}.*|close\s+dialog(?:ue)?|(?:next|previous)\s+image|view\s+image\s+in\s+full\s?screen|(?:open|close|toggle)\s+(?:the\s+)?(?:side\s+)?(?:menu|navigation|search)|menu|search|sign\s+in|log\s+in|subscribe(?:\s+now)?|home)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Navigation();

    // "Follow IRL on social media for daily updates.", "Follow us on X", "… delivered to your inbox", and a reader-funded
    // site's appeal ("… we have a small favour to ask. … readers in 180 countries now support us financially").
    [GeneratedRegex(@"\b(?:subscribe|newsletters?|sign up for|by signing up|unsubscribe|becom(?:e|ing) a (?:member|supporter|subscriber)|join our community|support of (?:our|its) readers|share this article|follow us on|our app|in your inbox|to your inbox|delivered to you|gift articles?|as a subscriber|support (?:our|independent) journalism|follow\s+\S+(?:\s+\S+){0,2}\s+on\s+(?:social\s+media|twitter|x|facebook|instagram|linkedin|telegram|whatsapp|youtube|bluesky|threads)|for\s+(?:daily|weekly|regular)\s+updates|(?:your|a) preferred source|more of our (?:stories|journalism|reporting)|read our full (?:report|story|coverage)|catch up on (?:all )?our (?:\w+ )?coverage|thanks? (?:you )?for following|whatsapp channel|get the latest (?:news|updates|headlines|stories)|sign up to (?:the|our)|small favou?r to ask|support us financially|(?:make|making) a (?:(?:one-off|single|monthly|annual|recurring|small)\s+)?(?:contribution|donation)|fund(?:ing)? independent journalism)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PromptAnywhere();

    // What a link tells screen readers, kept by a scraper after the link's label: "Purchase Licensing Rights, opens new tab".
    [GeneratedRegex(@",?\s*\(?opens\s+(?:in\s+)?(?:a\s+)?new\s+(?:tab|window)\)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkHint();

    // Widget labels that are the whole line: "Related Topics", "Most Read", "Top Stories", "More On:".
    [GeneratedRegex(@"^(?:related(?:\s+(?:topics|news|articles?|stories|content|coverage|reading|links|posts?|videos?|podcasts?))?|read\s+(?:more|next|also|this)|also\s+read|see\s+also|more\s+(?:on|from|about|in|stories|news|videos?|coverage)\b.*|most\s+(?:read|popular|viewed|shared|emailed|commented|watched|active|recent)\b.*|(?:today'?s\s+|the\s+)?top\s+(?:stories|news|headlines|videos?|reads)\b.*|trending\b.*|latest\b.*|popular(?:\s+(?:reads|now|stories|articles?|posts?))?|recommended\b.*|editor'?s\s+picks?|(?:you|we\s+think\s+you)\s+(?:may|might|will)\s+(?:also\s+)?(?:like|enjoy)|don'?t\s+miss|what\s+to\s+read\s+next|up\s+next|explore\s+more\b.*|reuse\s+this\s+content|purchase\s+licensing\s+rights|text\s+size|link\s+copied|gift\s+article|comments?|keywords?|tags?|topics?|categor(?:y|ies)|advertisement|advert|sponsored(?:\s+content)?|ad|opinion|watch|listen|video|videos|photos?|gallery|share|print|e-?mail|copy\s+link|in\s+partnership\s+with|contact\s+the\s+authors?|about\s+the\s+authors?|more\s+on\s+this\s+story)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelLine();

    // The label of a box of one-line highlights above or beside the body: "Key takeaways", "What we're covering".
    [GeneratedRegex(@"^(?:key\s+(?:takeaways|points|facts|findings|messages|moments)|(?:story\s+)?highlights|at\s+a\s+glance|what\s+we['’]re\s+(?:covering|watching|following)|tl;?\s*dr|the\s+essentials|summary(?:\s+points)?|key\s+events|in\s+(?:brief|short)\s*:)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HighlightsLabel();

    // Widget labels that start a longer line: "Filed under afghanistan , …", "Previous articleMagnitude …".
    [GeneratedRegex(@"^(?:filed\s+under|tags?\s*:|topics?\s*:|keywords?\s*:|previous\s*(?:article|post|story)|next\s*(?:article|post|story)|continue\s+reading|media\s+playback\s+is\s+(?:unsupported|not\s+supported)|this\s+(?:story|article)\s+has\s+been\s+shared|read\s+more\s*:|read\s+also\s*:|go\s+deeper\s*:|related\s*:|more\s+on\s*:|watch\s*:|listen\s*:|skip\s+advert|this\s+article\s+is\s+more\s+than|our\s+standards\s*:|your\s+browser\s+does\s+not\s+support|sign\s+up\s+here|(?:story|article)\s+continues\s+(?:below|after)|(?:watch|listen|read|also\s+read|read\s+more|more|related|see\s+also)\s*\|)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelStart();

    // "ASTANA, Oct 14 (Reuters) - ", "GENEVA (AP) — ", "SEOUL, South Korea — ", "KHAN YOUNIS, GAZA — ", "(CNN) — ".
    [GeneratedRegex(@"^(?:(?<agency>\([A-Z][A-Za-z.&]{1,15}(?:\s[A-Z][A-Za-z.&]{1,15}){0,2}\))|(?<place>[A-Z][A-Z.'’-]{2,}(?:[ ,/]+[A-Z][A-Z.'’-]+){0,3})(?<region>,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})?(?<date>,\s*(?:[A-Z][a-z]{2,8}\.?\s+[0-9]{1,2}(?:,\s*[0-9]{4})?|[0-9]{1,2}\s+[A-Z][a-z]{2,8}(?:\s+[0-9]{4})?))?\s*(?<agency>\((?:[A-Za-z][A-Za-z .&-]{0,30})\))?)\s*[-–—]{1,2}\s+", RegexOptions.CultureInvariant)]
    public static partial Regex Dateline();

    /// <summary>Whether a paragraph opens with a wire dateline ("GENEVA (AP) — ", "NEW DELHI: ", "Abuja — "): a story's first paragraph.</summary>
    public static bool OpensWithDateline(string text) => OpeningDateline(text, firstBody: true).Success;

    /// <summary>
    /// The wire dateline a paragraph opens with, or an unsuccessful match. The first paragraph of the body may open with a
    /// bare place ("SEOUL — ", "Abuja — "); further down only a dateline with a date or an agency is one ("WASHINGTON (AP) — ").
    /// </summary>
    public static Match OpeningDateline(string text, bool firstBody)
    {
        var dateline = Dateline().Match(text);
        if (!dateline.Success)
        {
            dateline = OtherDateline().Match(text);
        }

        if (!dateline.Success && firstBody)
        {
            dateline = PlaceAndDash().Match(text);
        }

        var isDateline = dateline.Success && (dateline.Groups["agency"].Success ||
            dateline.Groups["place"].Value.Count(char.IsLetter) >= 3 && (firstBody || dateline.Groups["date"].Success));
        return isDateline ? dateline : Match.Empty;
    }

    // "Abuja — ": a place in lower case and a dash, as a republished story keeps its dateline.
    [GeneratedRegex(@"^(?<place>\p{Lu}\p{Ll}{2,}(?:[ -]\p{Lu}\p{Ll}+){0,2})\s+[—–]\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAndDash();

    // The datelines of other wire styles: "NEW DELHI: ", "ISLAMABAD, March 5: " (South Asian and Gulf dailies),
    // "MOSCOW, March 5. /TASS/. ", and a place in lower case with its agency: "Vilnius (dpa) - ", "Madrid (EFE) – ",
    // "Hanoi, Vietnam (CNN) — ", "Hong Kong CNN — ".
    [GeneratedRegex(@"^(?:(?<place>[A-Z][A-Z.'’-]{2,}(?:[ ,/]+[A-Z][A-Z.'’-]+){0,3})(?<date>,\s*[A-Z][a-z]{2,8}\.?\s+[0-9]{1,2})?(?::\s+|\.\s*(?<agency>/[A-Z][A-Za-z]{1,15}/)\.?\s+)|(?<place>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})(?:,\s*\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2})?(?<date>,\s*[A-Z][a-z]{2,8}\.?\s+[0-9]{1,2})?\s*(?<agency>\((?:dpa|epa|AFP|AP|Reuters|Xinhua|EFE|ANSA|Kyodo|Yonhap|Anadolu|IANS|PTI|ANI|KUNA|WAM|SPA|IRNA|Bernama|Antara|Interfax|Ukrinform|Sputnik|TASS|Lusa|Belga|AAP|UPI|CNA|CNN)\)|CNN)\.?\s*[-–—]{1,2}\s+)", RegexOptions.CultureInvariant)]
    public static partial Regex OtherDateline();

    // What is left of a dateline whose place was lost (a double-escaped dash, "&#151; -- ").
    [GeneratedRegex(@"^(?:&#?\w{1,8};|[-–—]|\s){2,12}(?=\p{Lu}|[""“‘'])", RegexOptions.CultureInvariant)]
    public static partial Regex DanglingDash();

    // "By Jane Example", "Byby JANE EXAMPLE", "ByJane Example | March 4", and a live blog's post byline,
    // "From CNN's Jane Example in Aktau", "From the paper's Jane Example".
    [GeneratedRegex(@"^(?:[Bb]y(?:[Bb]y)?|BY|Written\s+by|Words\s+by|Story\s+by|Text\s+by|Reporting\s+by|From\s+(?:the\s+)?[\p{L}&.]{2,20}['’]s?(?=\s))(?:\s*:\s*|\s+|(?=\p{Lu}))[\p{Lu}][\p{L}.'’-]+(?:\s+(?:and\s+|&\s+)?[\p{Lu}][\p{L}.'’-]*){0,5}(?:\s+(?:staff|and\s+agencies|with\s+agencies))?(?:\s+in\s+[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,2})?(?:\s*[,|–—-]\s*.{0,80})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    // "Jane Example, BBC diplomatic correspondent", "Ann ExampleBob Sample, The Associated Press".
    [GeneratedRegex(@"^[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){1,5},\s+(?:[\p{L}'’.&-]+\s+){0,5}(?i:correspondent|editor|reporter|writer|producer|journalist|columnist|contributor|staff|bureau\s+chief|associated\s+press|reuters|afp|news)$", RegexOptions.CultureInvariant)]
    private static partial Regex NameAndRole();

    [GeneratedRegex(@"^(?:[\p{Lu}][\p{L}'’.-]+,?\s+){1,4}(?:and\s+(?:[\p{Lu}][\p{L}'’.-]+\s+){1,3})?contributed(?:\s*\.?$|\s+(?:additional\s+)?(?:reporting|research|writing)\b|\s+to\s+(?:this|the)\s+(?i:report|story|article|backgrounder|explainer|analysis|piece|post)\b)|^[^.!?]{0,160}\bcontributed\s+(?:(?:additional\s+)?reporting|research|to\s+this\s+(?:report|story|article))\b|^(?i:(?:additional\s+)?(?:reporting|research|editing|writing|production)\s+(?:by|from))\b|^(?:[\p{Lu}][\p{L}'’.-]+\s+){1,3}reported\s+from\s+[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)?(?:[,;]?\s+and\s+.{0,60})?\.?$|^(?i:this\s+(?:story|article|report)\s+(?:was|has\s+been)\s+(?:updated|originally\s+published|first\s+published|produced|corrected|amended))\b", RegexOptions.CultureInvariant)]
    private static partial Regex ContributorLine();

    // "[1] Interviews with officials …", "¹ Figures from …", "2 I am working from …": a note, numbered as its reference mark
    // in the text was. A paragraph of the article never opens on a bare figure before a capital.
    // A wiki page's reference, copied with its back-link caret: "^ \"Title\". Paper. 3 April 2025.", "4. ^ Jump up to: a b …".
    [GeneratedRegex(@"^(?:\[[0-9]{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})\s*\S|^[1-9][0-9]?\s(?:\p{Lu}\p{Ll}|I\s)|^(?:[0-9]{1,3}\.\s+)?\^\s", RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteStart();

    // A meeting record's closing line, when the meeting sat: "The meeting began at 10:04 a.m. and ended at 11:38 a.m."
    [GeneratedRegex(@"^The (?:meeting|session) (?:began|started|opened) at [0-9]{1,2}[:.][0-9]{2}\s?[ap]\.?m\.?,? and (?:ended|closed|adjourned|was adjourned) at [0-9]{1,2}[:.][0-9]{2}\s?[ap]\.?m\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex MeetingTimes();

    // A newsletter thanking its own staff by name: "Playbook couldn't happen without our editor Jane Roe, …", "Thanks to our
    // producer …".
    [GeneratedRegex(@"\b(?:(?:couldn['’]t|could\s+not|wouldn['’]t|would\s+not)\s+(?:happen|be\s+(?:possible|made))\s+without|[Tt]hanks\s+to)\s+our\s+(?:(?:deputy|managing|executive|senior|copy)\s+)?(?:editors?|producers?)\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex StaffCredit();

    // The publisher's note on the story itself: "Editor's note: …", "Correction: An earlier version of this article …".
    [GeneratedRegex(@"^(?:editor['’]?s['’]?\s+note|corrections?|clarification)\s*[:.–—-]|^an\s+earlier\s+version\s+of\s+this\s+(?:story|article|report|piece)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EditorialNote();

    /// <summary>A byline ("By Jane Example") or a line that is only a date or time.</summary>
    public static bool IsBylineOrTimestamp(string text) =>
        text.Length <= 200 && (Byline().IsMatch(text) || NameAndRole().IsMatch(text) || TimestampLine.Matches(text));

    /// <summary>The strong, context-free classes; <see cref="BlockKind.Body"/> when the block shows none.</summary>
    public static BlockKind Classify(string text, BlockShape shape, bool first, bool afterBio)
    {
        var words = shape.WordCount;

        if (shape.MostlyForeignScript)
        {
            return BlockKind.Foreign;
        }

        if (words <= MaxFootnoteWords && FootnoteStart().IsMatch(text))
        {
            return BlockKind.Footnote;
        }

        if (text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith('…'))
        {
            return BlockKind.TeaserSnippet;
        }

        if (words <= 20 && !shape.EndsSentence && (Byline().IsMatch(text) || NameAndRole().IsMatch(text)))
        {
            return BlockKind.Byline;
        }

        if (words <= 24 && (TimestampLine.Matches(text) || MeetingTimes().IsMatch(text)))
        {
            return BlockKind.Timestamp;
        }

        if (words <= 70 && CaptionStart().IsMatch(text))
        {
            return BlockKind.Caption;
        }

        if (IsCredit(text, words))
        {
            return BlockKind.Credit;
        }

        if (words <= 70 && IsCaptionWithCredit(text, shape))
        {
            return BlockKind.Caption;
        }

        if (words <= 30 && (MayNameContributors(text) && ContributorLine().IsMatch(text) || StaffCredit().IsMatch(text)) ||
            words <= MaxEditorialNoteWords && EditorialNote().IsMatch(text))
        {
            return BlockKind.Contributor;
        }

        if (words <= 120 && (BioDisclaimer().IsMatch(text) || (BioSentence().IsMatch(text) || BioBeat().IsMatch(text) || BioCareer().IsMatch(text)) && !first))
        {
            return BlockKind.Bio;
        }

        if (words <= MaxLabelWords && (LabelLine().IsMatch(LinkHint().Replace(text, string.Empty)) || HighlightsLabel().IsMatch(text)) || words <= 40 && !shape.IsProse && LabelStart().IsMatch(text) ||
            LabelStart().IsMatch(text) && words <= 12)
        {
            return BlockKind.Label;
        }

        // A longer appeal gives itself away by asking twice: "… with the support of our readers. Join our community today."
        // A copyright notice is the publisher's at any length: "Copyright © 2026 The Paper. All rights reserved. Distributed by …".
        if (words <= MaxAppealWords && CopyrightNotice().IsMatch(text) ||
            words <= 30 && (PromptStart().IsMatch(text) || PromptAnywhere().IsMatch(text) || HasLink(text)) ||
            words <= MaxAppealWords && (PromptStart().IsMatch(text) ? 1 : 0) + PromptAnywhere().Count(text) >= 2)
        {
            return BlockKind.Prompt;
        }

        if (IsNumberedList(text))
        {
            return BlockKind.ListItem;
        }

        return afterBio && !shape.IsProse && words <= 14 ? BlockKind.TeaserTitle : BlockKind.Body;
    }

    [GeneratedRegex(@"^(?:copyright\s*(?:©|\(c\))?\s*(?:[0-9]{4}\b|\p{Lu})|©\s*(?:[0-9]{4}\b|\p{Lu}))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightNotice();

    /// <summary>"list of 3 items": where a page tells screen readers a box of related stories begins.</summary>
    public static bool OpensListBox(string text) => text.Length <= 24 && ListBoxStart().IsMatch(text);

    /// <summary>"end of list": where that box ends.</summary>
    public static bool ClosesListBox(string text) => text.Equals("end of list", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^list\s+of\s+[0-9]{1,2}\s+items?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListBoxStart();

    /// <summary>"list of 4 items", "list 2 of 4", "end of list": a line of its own, whatever case the next line starts in.</summary>
    public static bool IsListBoxMarker(string text) => OpensListBox(text) || ClosesListBox(text) || text.Length <= 16 && ListBoxItem().IsMatch(text);

    [GeneratedRegex(@"^list\s+[0-9]{1,2}\s+of\s+[0-9]{1,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListBoxItem();

    /// <summary>A publication series and its number over a report's title: "Policy Brief No. 12", "Working Paper 2025-07".</summary>
    [GeneratedRegex(@"^(?:[\p{Lu}][\p{L}&-]*\s+){0,5}(?:Paper|Brief|Note|Report)\s*(?:[|·:,]\s*)?(?:(?:No\.|Number)\s*[0-9]{1,4}(?:[-/][0-9]{1,4})?|[0-9]{4}[-/][0-9]{1,3})\b", RegexOptions.CultureInvariant)]
    private static partial Regex SeriesNumber();

    /// <summary>A short line that numbers a document in its series ("Security Policy Brief | No. 38"), never its title.</summary>
    public static bool IsSeriesLabel(string text) => text.Length <= 80 && SeriesNumber().IsMatch(text);

    /// <summary>
    /// A page's navigation: "Skip to main content", "Jump to navigation", "Skip links", "Menu", "Sign in", "Subscribe", and
    /// the site's greeting ("Welcome to the United Nations").
    /// </summary>
    public static bool IsNavigation(string text) => text.Length <= 40 && Navigation().IsMatch(text);

    /// <summary>"Did you know?", "Fast fact": the label of a trivia box beside the article.</summary>
    public static bool IsTriviaLabel(string text) => text.Length <= 20 && TriviaLabel().IsMatch(text);

    [GeneratedRegex(@"^(?:did\s+you\s+know|fast\s+facts?|fun\s+facts?|quick\s+facts?)\s*[?:!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TriviaLabel();

    /// <summary>
    /// The label over a sponsor's message in a newsletter or page: "A message from Northgate Energy:", "Presented by",
    /// "Paid post". What follows it is the sponsor's, not the article's.
    /// </summary>
    public static bool IsSponsorLabel(string text) => text.Length <= 60 && SponsorLabel().IsMatch(text);

    [GeneratedRegex(@"^(?:(?i:a\s+message\s+from)\s+(?:(?i:our\s+(?:sponsors?|partners?))|\p{Lu}[^.!?:]{0,40})|(?i:(?:presented|sponsored|brought\s+to\s+you|paid\s+for|underwritten)\s+by)(?:\s+\p{Lu}[^.!?:]{0,40})?|(?i:(?:sponsored|partner|paid)\s+(?:content|post|message)))\s*:?$", RegexOptions.CultureInvariant)]
    private static partial Regex SponsorLabel();

    /// <summary>
    /// A newsletter's own columns beside its news: its quiz ("TRIVIA: Monday's question: …", "Today's question: …") and its
    /// social notes in capitals ("SPOTTED at …", "TRANSITIONS — … is now …", "BIRTHDAYS: …").
    /// </summary>
    public static bool OpensNewsletterColumn(string text) => NewsletterColumn().IsMatch(text);

    [GeneratedRegex(@"^(?:(?i:trivia|quiz)\s*:|(?i:(?:today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last\s+week)['’]s\s+(?:question|answer|trivia|quiz))\s*:|(?:SPOTTED|TRANSITIONS?|MEDIA\s+MOVES?|BIRTHDAYS?|HAPPY\s+BIRTHDAY|OUT\s+AND\s+ABOUT|WELCOME\s+TO\s+THE\s+WORLD|WEDDING\s+BELLS|ENGAGED)(?:\s*[:—–-]|\s+(?:at|in|on)\s))", RegexOptions.CultureInvariant)]
    private static partial Regex NewsletterColumn();

    /// <summary>The heading of a report's closing list of sources: "References", "Notes", "Endnotes", "Bibliography".</summary>
    public static bool IsReferencesLabel(string text) => text.Length <= 20 && ReferencesLabel().IsMatch(text);

    [GeneratedRegex(@"^(?:references|notes|endnotes|footnotes|bibliography|sources|works\s+cited)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferencesLabel();

    /// <summary>"Key takeaways", "What we're covering": a box of one-line highlights follows.</summary>
    public static bool IsHighlightsLabel(string text) => text.Length <= 40 && HighlightsLabel().IsMatch(text);

    /// <summary>Marks that only captions carry, for text that follows its credit instead of preceding it.</summary>
    public static bool HasCaptionMarks(string text) => CaptionMarks().IsMatch(text);

    /// <summary>Whether a line ends with a photo credit: "… on March 11.PHOTO: AFP", "… (AP Photo/Jane Example)", "… Photograph: Name/Agency".</summary>
    public static bool EndsWithCredit(string text) =>
        CreditTail().IsMatch(text) || ParenthesisedCredit().IsMatch(text) || CreditMarkerTail().IsMatch(text);

    /// <summary>A credit with its caption before it: a sentence of six words or more ends before the credit ("… in Oslo, March 14, 2023. REUTERS/Name").</summary>
    public static bool CarriesCaption(string credit)
    {
        var end = credit.LastIndexOf(". ", StringComparison.Ordinal);
        return end > 0 && credit.AsSpan(0, end).Count(' ') >= 5;
    }

    /// <summary>"Learn more about our process" and the like close a box whose text speaks for the publisher.</summary>
    public static bool ClosesBox(string text) => text.StartsWith("Learn more", StringComparison.OrdinalIgnoreCase);

    private static bool IsCredit(string text, int words)
    {
        if (words <= 40 && CreditStart().IsMatch(text) && (text.StartsWith('[') || text.StartsWith('(') ||
            text.Contains(" by ", StringComparison.OrdinalIgnoreCase) || text.Contains(" from ", StringComparison.OrdinalIgnoreCase) ||
            text.Contains(':', StringComparison.Ordinal) || text.Contains(" via ", StringComparison.OrdinalIgnoreCase) ||
            text.Contains("...", StringComparison.Ordinal) || text.Contains('…', StringComparison.Ordinal) ||
            StockSource().IsMatch(text) || words <= 8 && !text.EndsWith('.')))
        {
            return true;
        }

        if (words <= 20 && StockSource().IsMatch(text))
        {
            return true;
        }

        // Only a name and an agency: "Name/AFP", "iStockphoto", "AP".
        return words <= 6 && !text.EndsWith('.') && CreditTail().IsMatch(text) && (words <= 2 || text.Contains('/', StringComparison.Ordinal));
    }

    private static bool IsCaptionWithCredit(string text, BlockShape shape)
    {
        if ((shape.EndsSentence || shape.EndsQuestion) && !text.EndsWith(')'))
        {
            return false;
        }

        // A caption of any size whose credit is glued on or follows a marker; a heading that merely ends in an
        // agency's name ("The Role of Reuters") is too short and has neither a slash nor a glued full stop.
        if (CreditTail().IsMatch(Ending(text)) && (shape.WordCount >= 7 || text.Contains('/', StringComparison.Ordinal)))
        {
            return true;
        }

        var ending = Ending(text);
        return CreditMarkerTail().IsMatch(ending) && shape.WordCount >= 3 || ParenthesisedCredit().IsMatch(ending);
    }

    /// <summary>
    /// The last words of a block, enough to hold any credit. The end-anchored credit patterns would otherwise
    /// be tried at every position of a long paragraph.
    /// </summary>
    private static string Ending(string text)
    {
        const int length = 100;
        if (text.Length <= length)
        {
            return text;
        }

        var space = text.IndexOf(' ', text.Length - length);
        return space < 0 ? text[^length..] : text[(space + 1)..];
    }

    // The words every contributor line holds; checked first because the full pattern is costlier.
    private static bool MayNameContributors(string text) =>
        text.Contains("contribut", StringComparison.OrdinalIgnoreCase) || text.Contains("report", StringComparison.OrdinalIgnoreCase) ||
        text.Contains(" by ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("This ", StringComparison.Ordinal);

    /// <summary>
    /// A bare web or mail address in a short block: "Follow our coverage at https://…", an embedded post's
    /// "pic.twitter.com/…", "Have a tip? Email us at tips@….org".
    /// </summary>
    private static bool HasLink(string text) =>
        text.Contains("http://", StringComparison.OrdinalIgnoreCase) || text.Contains("https://", StringComparison.OrdinalIgnoreCase) ||
        text.Contains("www.", StringComparison.OrdinalIgnoreCase) || text.Contains("pic.twitter.com/", StringComparison.OrdinalIgnoreCase) ||
        MailAddress().IsMatch(text);

    [GeneratedRegex(@"[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,3}\b", RegexOptions.CultureInvariant)]
    private static partial Regex MailAddress();

    /// <summary>"1 First headline 2 Second headline 3 Third headline": a numbered list scraped onto one line.</summary>
    private static bool IsNumberedList(string text)
    {
        if (!text.StartsWith("1 ", StringComparison.Ordinal))
        {
            return false;
        }

        var expected = 1;
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < tokens.Length && expected <= 3; i++)
        {
            if (tokens[i] == expected.ToString(System.Globalization.CultureInfo.InvariantCulture) && char.IsUpper(tokens[i + 1][0]) &&
                (i == 0 || !char.IsAsciiDigit(tokens[i - 1][^1])))
            {
                expected++;
            }
        }

        return expected > 3;
    }
}
