using IRLearn.QuestionGeneration;

namespace IRLearn.Cli.Tests;

/// <summary>A hand-built engine result with one question of every shape the contract knows.</summary>
public static class SampleGeneration
{
    public const string Sentence = "In 1992 the country proposed the Conference on Interaction and Confidence Building Measures in Asia (CICA).";

    public static GenerationResult Build()
    {
        var source = new SourceSpan(Sentence, 120, Sentence.Length);
        return new GenerationResult(
            "Kazakhstan’s Balancing Act",
            "cleaned text",
            new LessonDraft(
                "Kazakhstan balances its neighbours.",
                [new LessonSectionDraft("Security", "CICA was proposed in 1992.")],
                [new KeyTermDraft("CICA", "Conference on Interaction and Confidence Building Measures in Asia")],
                ["Explain CICA's origins"],
                ["Kazakhstan"]),
            ["[Image by jorono from Pixabay]"],
            [
                new GeneratedQuestion(
                    "q1", GeneratedQuestionType.MultipleChoice, "In what year did Kazakhstan propose CICA?",
                    [new OptionDraft("1992", true), new OptionDraft("1997", false)], null, null, null,
                    "The article dates the proposal to 1992.", source, GeneratedDifficulty.Easy, ["Kazakhstan", "CICA"]) { Confidence = 0.87512 },
                new GeneratedQuestion(
                    "q2", GeneratedQuestionType.Numeric, "In what year was CICA proposed?",
                    null, null, new NumericAnswerDraft(1992m, 0m), null,
                    "1992.", source, GeneratedDifficulty.Medium, []),
                new GeneratedQuestion(
                    "q3", GeneratedQuestionType.Matching, "Match each acronym to its expansion.",
                    null, null, null, [new PairDraft("CICA", "Conference on Interaction and Confidence Building Measures in Asia")],
                    "See the key terms.", source, GeneratedDifficulty.Hard, []),
                new GeneratedQuestion(
                    "q4", GeneratedQuestionType.FillInBlank, "In ____ the country proposed CICA.",
                    null, ["1992"], null, null,
                    "The year.", source, GeneratedDifficulty.Easy, []),
                new GeneratedQuestion(
                    "q5", GeneratedQuestionType.TrueFalse, "Kazakhstan proposed CICA in 1997.",
                    [new OptionDraft("True", false), new OptionDraft("False", true)], null, null, null,
                    "It was 1992.", source, GeneratedDifficulty.Medium, []),
            ])
        {
            MoreCandidates =
            [
                new GeneratedQuestion(
                    "m1", GeneratedQuestionType.ShortAnswer, "Which country proposed CICA in 1992?",
                    null, ["Kazakhstan"], null, null,
                    "The country is named in the article.", source, GeneratedDifficulty.Medium, []) { Confidence = 0.3121 },
            ],
        };
    }
}
