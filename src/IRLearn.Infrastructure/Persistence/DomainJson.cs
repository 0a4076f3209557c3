using System.Text.Json;
using IRLearn.Domain.Attempts;
using IRLearn.Domain.QuestionBank;

namespace IRLearn.Infrastructure.Persistence;

/// <summary>
/// Explicit JSON shapes for value objects whose constructors are private. Reading goes back through
/// the domain's own factories, so a stored value is the same value the domain would build.
/// </summary>
public static class DomainJson
{
    private sealed record ContentJson(
        QuestionType Type,
        string Stem,
        List<QuestionOption> Options,
        List<string> AcceptedAnswers,
        NumericAnswer? NumericAnswer,
        List<MatchPair> Pairs,
        string Explanation,
        SourceReference? Source,
        Difficulty Difficulty,
        List<string> Tags);

    private sealed record AnswerJson(List<int>? Selected, string? Text, decimal? Number, List<MatchSelection>? Matches);

    public static string Write(QuestionContent content) => JsonSerializer.Serialize(
        new ContentJson(
            content.Type,
            content.Stem,
            [.. content.Options],
            [.. content.AcceptedAnswers],
            content.NumericAnswer,
            [.. content.Pairs],
            content.Explanation,
            content.Source,
            content.Difficulty,
            [.. content.Tags]),
        JsonColumn.Options);

    public static QuestionContent ReadContent(string json)
    {
        var c = JsonSerializer.Deserialize<ContentJson>(json, JsonColumn.Options)!;
        return QuestionContent.Create(c.Type, c.Stem, c.Options, c.AcceptedAnswers, c.NumericAnswer, c.Pairs, c.Explanation, c.Source, c.Difficulty, c.Tags);
    }

    public static string Write(Answer answer) => JsonSerializer.Serialize(
        new AnswerJson(
            answer.SelectedOptions.Count > 0 ? [.. answer.SelectedOptions] : null,
            answer.Text,
            answer.Number,
            answer.Matches.Count > 0 ? [.. answer.Matches] : null),
        JsonColumn.Options);

    public static Answer ReadAnswer(string json)
    {
        var a = JsonSerializer.Deserialize<AnswerJson>(json, JsonColumn.Options)!;
        return a switch
        {
            { Selected.Count: > 0 } => Answer.Choice(a.Selected),
            { Matches.Count: > 0 } => Answer.FromMatches(a.Matches),
            { Number: not null } => Answer.FromNumber(a.Number),
            _ => Answer.FromText(a.Text),
        };
    }
}
