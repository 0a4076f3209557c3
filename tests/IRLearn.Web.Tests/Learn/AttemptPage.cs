namespace IRLearn.Web.Tests.Learn;

/// <summary>Reads the attempt page's HTML the way a student reads the screen: questions, their choices in display order, and what is filled in.</summary>
public sealed partial class AttemptPage
{
    private AttemptPage(string html, IReadOnlyList<ShownQuestion> questions)
    {
        Html = html;
        Questions = questions;
    }

    public string Html { get; }

    public IReadOnlyList<ShownQuestion> Questions { get; }

    public static AttemptPage Parse(string html)
    {
        var questions = new List<ShownQuestion>();
        foreach (var block in html.Split("<fieldset class=\"question").Skip(1))
        {
            var number = int.Parse(NumberPattern().Match(block).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var stem = WebUtility.HtmlDecode(StemPattern().Match(block).Groups[1].Value);
            var options = OptionPattern().Matches(block).Select(m => WebUtility.HtmlDecode(m.Groups[2].Value)).ToList();
            var checkedOptions = OptionPattern().Matches(block).Where(m => m.Groups[1].Value.Contains("checked", StringComparison.Ordinal)).Select(m => WebUtility.HtmlDecode(m.Groups[2].Value)).ToList();
            var rights = RightPattern().Matches(block.Split("</select>")[0]).Select(m => WebUtility.HtmlDecode(m.Groups[2].Value)).ToList();
            var lefts = LeftPattern().Matches(block).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            var selectedRights = block.Split("</select>").SkipLast(1)
                .Select(select => RightPattern().Matches(select).FirstOrDefault(m => m.Groups[1].Value.Contains("selected", StringComparison.Ordinal)) is { } m ? WebUtility.HtmlDecode(m.Groups[2].Value) : null)
                .ToList();
            var text = TextValuePattern().Match(block) is { Success: true } t ? WebUtility.HtmlDecode(t.Groups[1].Value) : TextAreaPattern().Match(block) is { Success: true } a ? WebUtility.HtmlDecode(a.Groups[1].Value) : null;
            questions.Add(new ShownQuestion(number, stem, options, checkedOptions, lefts, rights, selectedRights, text, block));
        }

        return new AttemptPage(html, questions);
    }

    public ShownQuestion Question(string stemStart) => Questions.Single(q => q.Stem.StartsWith(stemStart, StringComparison.Ordinal));

    /// <summary>Form fields answering every question as <paramref name="answers"/> says, keyed by stem start.</summary>
    public Dictionary<string, string> FormFor(IReadOnlyDictionary<string, SeedAnswer> answers)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var question in Questions)
        {
            var index = question.Number - 1;
            var prefix = $"Answers[{index}]";
            fields.Add(new($"{prefix}.Number", question.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var answer = answers.FirstOrDefault(a => question.Stem.StartsWith(a.Key, StringComparison.Ordinal)).Value;
            if (answer is null)
            {
                continue;
            }

            foreach (var option in answer.Options ?? [])
            {
                fields.Add(new($"{prefix}.Options", question.Options.ToList().IndexOf(option).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            if (answer.Text is not null)
            {
                fields.Add(new($"{prefix}.Text", answer.Text));
            }

            for (var left = 0; left < (answer.Matches?.Count ?? 0); left++)
            {
                fields.Add(new($"{prefix}.Matches[{left}]", question.MatchRight.ToList().IndexOf(answer.Matches![left]).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        // Checkboxes repeat a name; a dictionary cannot, so repeated names are indexed explicitly.
        return fields
            .GroupBy(f => f.Key)
            .SelectMany(g => g.Count() == 1 ? [g.First()] : g.Select((f, i) => new KeyValuePair<string, string>($"{f.Key}[{i}]", f.Value)))
            .ToDictionary(f => f.Key, f => f.Value);
    }

    [GeneratedRegex("data-question=\"(\\d+)\"")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("<p class=\"question-stem\"[^>]*>([^<]*)</p>")]
    private static partial Regex StemPattern();

    [GeneratedRegex("<input class=\"form-check-input\"([^>]*)/>\\s*<label class=\"form-check-label\"[^>]*>([^<]*)</label>")]
    private static partial Regex OptionPattern();

    [GeneratedRegex("<option value=\"\\d+\"([^>]*)>([^<]*)</option>")]
    private static partial Regex RightPattern();

    [GeneratedRegex("<label class=\"col-sm-5 col-form-label\"[^>]*>([^<]*)</label>")]
    private static partial Regex LeftPattern();

    [GeneratedRegex("<input class=\"form-control[^\"]*\" type=\"text\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex TextValuePattern();

    [GeneratedRegex("<textarea[^>]*>\\s*([^<]*)</textarea>")]
    private static partial Regex TextAreaPattern();
}

public sealed record ShownQuestion(
    int Number,
    string Stem,
    IReadOnlyList<string> Options,
    IReadOnlyList<string> CheckedOptions,
    IReadOnlyList<string> MatchLeft,
    IReadOnlyList<string> MatchRight,
    IReadOnlyList<string?> SelectedRights,
    string? Text,
    string Html);

public sealed record SeedAnswer(IReadOnlyList<string>? Options = null, string? Text = null, IReadOnlyList<string>? Matches = null);

/// <summary>Answers to the seeded quiz, keyed by the start of each stem.</summary>
public static class SeedAnswers
{
    public const string Mc = "In what year";
    public const string Mr = "Which of these are Central";
    public const string Tf = "Kazakhstan moved its capital";
    public const string Fill = "The new capital was first called";
    public const string Numeric = "How many kilometres";
    public const string ShortText = "Which forum";
    public const string Matching = "Match each";

    /// <summary>All right; the short answer is the key term's expansion, right only through the lesson's aliases.</summary>
    public static Dictionary<string, SeedAnswer> AllRight() => new()
    {
        [Mc] = new(Options: ["1992"]),
        [Mr] = new(Options: ["Kazakhstan", "Uzbekistan"]),
        [Tf] = new(Options: ["True"]),
        [Fill] = new(Text: LearnSeed.FillAnswer.ToUpperInvariant()),
        [Numeric] = new(Text: "7,646"),
        [ShortText] = new(Text: "the " + LearnSeed.ShortAnswerExpansion),
        [Matching] = new(Matches: ["Security bloc", "Customs union", "Cultural league"]),
    };
}
