using IRLearn.Domain.QuestionBank;

namespace IRLearn.Interop.Tests.Support;

/// <summary>
/// IRLearn's own questions, one of each type, written for these tests (original prose, not taken from any corpus).
/// Texts carry every character the formats treat specially: GIFT's <c>~ = # { } : \</c>, XML's <c>&lt; &amp;</c>,
/// a line break, accents, so escaping is exercised on the way out and back.
/// </summary>
public static class Fixtures
{
    // The article's sentences that questions cite as their source, each written once.
    private const string Founding = "The fictional Coastal Compact was founded in 1987 by five island nations.";
    private const string Secretariat = "Its secretariat sits in Port Avel, a harbour town of about 40,000 people.";
    private const string Rules = "Members rotate the chair every two years and decide by consensus.";
    private const string Fisheries = "In 2019 the Compact adopted a fisheries charter that caps foreign catches at 30 percent.";

    /// <summary>The cleaned article the source sentences come from.</summary>
    public const string Article =
        "Small states often pool their votes to shape the agenda of regional bodies. " + Founding + " " + Secretariat + " " + Rules + " " + Fisheries;

    public static SourceReference Source(string sentence) => new(sentence, Article.IndexOf(sentence, StringComparison.Ordinal), sentence.Length);

    public static IReadOnlyList<QuestionContent> AllTypes() =>
    [
        QuestionContent.Create(
            QuestionType.MultipleChoice,
            "In which year was the Coastal Compact founded?",
            options: [new QuestionOption("1987", true), new QuestionOption("1979", false), new QuestionOption("1991", false), new QuestionOption("2001", false)],
            explanation: "The founding treaty dates from 1987.",
            source: Source(Founding),
            difficulty: Difficulty.Easy,
            tags: ["Coastal Compact", "founding"]),
        QuestionContent.Create(
            QuestionType.MultipleResponse,
            "Which statements about the Compact's rules are true? {choose all} = several",
            options: [new QuestionOption("The chair rotates every two years", true), new QuestionOption("Decisions need consensus", true), new QuestionOption("A two-thirds majority decides", false), new QuestionOption("The chair is elected for life", false)],
            explanation: "Rotation & consensus:\nboth are in the founding charter.",
            source: Source(Rules),
            difficulty: Difficulty.Medium,
            tags: ["governance"]),
        QuestionContent.Create(
            QuestionType.TrueFalse,
            "The Compact's secretariat sits in a capital city.",
            options: [new QuestionOption("True", false), new QuestionOption("False", true)],
            explanation: "Port Avel is a harbour town, not a capital.",
            source: Source(Secretariat),
            difficulty: Difficulty.Hard,
            tags: ["secretariat", "geography"]),
        QuestionContent.Create(
            QuestionType.FillInBlank,
            "The Compact's secretariat sits in _____, a harbour town.",
            acceptedAnswers: ["Port Avel", "Avel"],
            explanation: "Named in the article's third sentence.",
            source: Source(Secretariat),
            difficulty: Difficulty.Medium,
            tags: ["secretariat"]),
        QuestionContent.Create(
            QuestionType.Numeric,
            "What share of the catch (in percent) may foreign fleets take under the 2019 charter?",
            numericAnswer: new NumericAnswer(30m, 0.5m),
            explanation: "The cap is 30 percent; answers within half a point count.",
            source: Source(Fisheries),
            difficulty: Difficulty.Hard,
            tags: ["fisheries", "numbers"]),
        QuestionContent.Create(
            QuestionType.ShortAnswer,
            "How many island nations founded the Compact? (a number: 5 < 6)",
            acceptedAnswers: ["five", "5"],
            explanation: "Five founders; see the second sentence.",
            source: Source(Founding),
            difficulty: Difficulty.Easy,
            tags: ["founding"]),
        QuestionContent.Create(
            QuestionType.Matching,
            "Match each fact to its value.",
            pairs: [new MatchPair("Founding year", "1987"), new MatchPair("Foreign catch cap", "30 percent"), new MatchPair("Chair's term", "two years"), new MatchPair("Seat: town ~ harbour", "Port Avel \\ Sud")],
            explanation: "All four facts come from the article.",
            difficulty: Difficulty.Medium,
            tags: ["review"]),
    ];
}
