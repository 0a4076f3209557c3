namespace IRLearn.QuestionGeneration.Cleaning;

/// <summary>What a block of a scraped page is. Everything but <see cref="Body"/> and <see cref="Heading"/> is removed.</summary>
internal enum BlockKind
{
    Body,
    Heading,

    /// <summary>Image or video credit: "Photo: …", "Name/AFP/Getty Images", "iStockphoto".</summary>
    Credit,

    /// <summary>A caption: "Image caption …", a short text glued to its credit, or the text next to a credit.</summary>
    Caption,
    Bio,
    Prompt,
    Byline,

    /// <summary>A line that is only a date or time: "Updated: 4:20pm", "1 hour ago", "October 11, 2022".</summary>
    Timestamp,

    /// <summary>"X contributed reporting", "Additional reporting by …", "Y reported from Seoul", "Correction: …".</summary>
    Contributor,

    /// <summary>A widget's label: "Related", "Most Read", "Advertisement", "Filed under …", "1 of 24".</summary>
    Label,

    /// <summary>A note at the foot of a report or brief: "[1] Interviews with officials in …".</summary>
    Footnote,
    /// <summary>One line of a highlights box ("Key takeaways", "What we're covering"): a summary, not the article.</summary>
    Highlight,
    /// <summary>A line in another script (a link to a translated edition).</summary>
    Foreign,
    TeaserTitle,
    TeaserSnippet,

    /// <summary>An item of a list of headlines, names or dates (related stories, most read, tags).</summary>
    ListItem,

    /// <summary>A video or image card inside the body: its title, description, transcript and repeated caption.</summary>
    Embed,

    /// <summary>The text of a newsletter, subscription or trust box that a prompt introduces or closes.</summary>
    Promo,

    /// <summary>
    /// A box the page marks off itself inside the body ("list of 3 items" … "end of list" around related stories, with
    /// its label): it sits in the article as a photo does.
    /// </summary>
    Inset,

    /// <summary>A pull quote or highlight that repeats a body sentence; the body copy is kept.</summary>
    Duplicate,

    /// <summary>Page matter before or after the article body: dek, top media, teasers, lists.</summary>
    OutsideBody,
}
