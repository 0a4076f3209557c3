namespace IRLearn.Web.Pages.Teach.Lessons;

/// <summary>
/// Question-bank review at speed: one line per question (stem, answer key, type, confidence) grouped by the sentence
/// it comes from, the source in its paragraph and the explanation on expand. The default bank comes first; the
/// engine's more candidates wait in a section below, to be pulled into the bank one by one or a sentence at a time.
/// One form holds the checkboxes and every button, so the page needs no JavaScript (forms cannot nest); the script
/// adds keyboard shortcuts that press the same buttons.
/// </summary>
public sealed class QuestionsModel(ISender sender) : PageModel, IFormPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public QuestionType? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public ReviewStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tag { get; set; }

    [BindProperty(SupportsGet = true)]
    public Difficulty? Difficulty { get; set; }

    public QuestionBankDto Bank { get; private set; } = null!;

    /// <summary>The default bank, a group per source sentence, in article order.</summary>
    public IReadOnlyList<QuestionGroup> BankGroups { get; private set; } = [];

    /// <summary>The more candidates, a group per source sentence, the group with the best candidate first.</summary>
    public IReadOnlyList<QuestionGroup> CandidateGroups { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    /// <param name="ids">The ticked questions, for the bulk buttons.</param>
    /// <param name="decision">The bulk button pressed.</param>
    /// <param name="one">A per-question button: "questionId:Decision".</param>
    /// <param name="group">A per-group button: "Decision:questionId,questionId,…".</param>
    public async Task<IActionResult> OnPostReviewAsync(List<Guid>? ids, ReviewDecision? decision, string? one, string? group, CancellationToken cancellationToken)
    {
        var (chosen, chosenDecision) = ParseSingle(one) is { } pressed ? ([pressed.Id], pressed.Decision)
            // A group value that cannot be read acts on nothing (the use case then refuses the empty list).
            : group is not null ? ParseGroup(group) ?? ([], ReviewDecision.Approve)
            : (ids ?? [], decision ?? ReviewDecision.Approve);
        var count = await sender.Send(new ReviewQuestionsCommand(chosen, chosenDecision), cancellationToken);
        var verb = chosenDecision switch
        {
            ReviewDecision.Approve => "approved",
            ReviewDecision.Reject => "rejected",
            _ => "retired",
        };
        StatusMessage = $"{count} question{(count == 1 ? "" : "s")} {verb}.";
        return RedirectToPage(new { id = Id, Type, Status, Tag, Difficulty });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Bank = await sender.Send(new GetQuestionBankQuery(Id, Type, Status, Tag, Difficulty), cancellationToken);
        BankGroups = Group(Bank.Questions.Where(q => q.Tier == QuestionTier.Bank), "b");
        CandidateGroups = Group(Bank.Questions.Where(q => q.Tier == QuestionTier.MoreCandidate), "m");
    }

    /// <summary>The answer key in a few words, for the question's one line (the full key is on expand).</summary>
    public static string KeySummary(QuestionDto question) => question.Type switch
    {
        QuestionType.Matching => $"{question.Pairs.Count} pairs",
        QuestionType.Numeric when question.NumericAnswer is { } n => n.Tolerance > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{n.Value:0.####} ± {n.Tolerance:0.####}")
            : n.Value.ToString("0.####", CultureInfo.InvariantCulture),
        QuestionType.FillInBlank or QuestionType.ShortAnswer => string.Join(" / ", question.AcceptedAnswers),
        _ => string.Join("; ", question.Options.Where(o => o.IsCorrect).Select(o => o.Text)),
    };

    /// <summary>Confidence as a percentage, or a dash for questions the engine did not score.</summary>
    public static string ConfidenceText(QuestionDto question) =>
        question.Confidence is { } c ? Math.Round(c * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "–";

    /// <summary>The value of a group button: the decision and the ids it applies to.</summary>
    public static string GroupValue(ReviewDecision decision, IEnumerable<QuestionDto> questions) =>
        $"{decision}:{string.Join(',', questions.Select(q => q.Id))}";

    /// <summary>The source sentence in its paragraph of the article, split so the page can mark it; null when it cannot be found.</summary>
    public SourceExcerpt? Excerpt(QuestionDto question)
    {
        var text = Bank.ArticleText;
        if (question.Source is not { } source || string.IsNullOrEmpty(text))
        {
            return null;
        }

        var start = source.Start;
        var length = source.Length;
        var fits = start >= 0 && length > 0 && start + length <= text.Length
            && string.Equals(text.Substring(start, length), source.Sentence, StringComparison.Ordinal);
        if (!fits)
        {
            // Offsets can drift if the engine and the stored text disagree; fall back to finding the sentence.
            start = text.IndexOf(source.Sentence, StringComparison.Ordinal);
            length = source.Sentence.Length;
            if (start < 0)
            {
                return null;
            }
        }

        var paragraphStart = text.LastIndexOf('\n', Math.Max(start - 1, 0)) + 1;
        if (paragraphStart > start)
        {
            paragraphStart = 0;
        }

        var paragraphEnd = text.IndexOf('\n', start + length);
        if (paragraphEnd < 0)
        {
            paragraphEnd = text.Length;
        }

        return new SourceExcerpt(
            text[paragraphStart..start],
            text.Substring(start, length),
            text[(start + length)..paragraphEnd]);
    }

    // Questions keep the query's order; a group sits where its first question does, and lists its questions most
    // confident first. Questions without a source (written by hand, imported from a file) share one group.
    private static List<QuestionGroup> Group(IEnumerable<QuestionDto> questions, string prefix) =>
        [.. questions
            .GroupBy(q => q.Source is { } s ? $"{s.Start}:{s.Sentence}" : string.Empty, StringComparer.Ordinal)
            .Select((g, i) => new QuestionGroup(
                $"{prefix}{i + 1}",
                g.First().Source?.Sentence,
                [.. g.OrderByDescending(q => q.Confidence ?? 0)]))];

    private static (Guid Id, ReviewDecision Decision)? ParseSingle(string? value)
    {
        var parts = (value ?? string.Empty).Split(':');
        return parts.Length == 2 && Guid.TryParse(parts[0], out var questionId) && Enum.TryParse<ReviewDecision>(parts[1], out var decision)
            ? (questionId, decision)
            : null;
    }

    private static (List<Guid> Ids, ReviewDecision Decision)? ParseGroup(string? value)
    {
        var parts = (value ?? string.Empty).Split(':');
        if (parts.Length != 2 || !Enum.TryParse<ReviewDecision>(parts[0], out var decision))
        {
            return null;
        }

        var ids = new List<Guid>();
        foreach (var part in parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // One unreadable id refuses the group instead of acting on the part that could be read.
            if (!Guid.TryParse(part, out var id))
            {
                return null;
            }

            ids.Add(id);
        }

        return (ids, decision);
    }

    public sealed record SourceExcerpt(string Before, string Sentence, string After);

    /// <summary>The questions asked about one source sentence (<paramref name="Sentence"/> null for questions without one).</summary>
    public sealed record QuestionGroup(string Key, string? Sentence, IReadOnlyList<QuestionDto> Questions);
}
