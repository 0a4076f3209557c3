using System.ComponentModel.DataAnnotations;

namespace IRLearn.Web.Pages.Teach.Questions;

/// <summary>
/// Writes a new question of any type (/Teach/Questions/Edit?lessonId=…) or edits one (/Teach/Questions/Edit/{id}).
/// Every type's fields are on the form; only the chosen type's are used (teach-question.js hides the others).
/// </summary>
public sealed class EditModel(ISender sender) : PageModel, IFormPage
{
    public const int Rows = 6;

    /// <summary>The question being edited; null when writing a new one.</summary>
    [FromRoute(Name = "id")]
    public Guid? QuestionId { get; set; }

    /// <summary>The lesson a new question goes to (?lessonId=…).</summary>
    [FromQuery(Name = "lessonId")]
    public Guid? ForLessonId { get; set; }

    [BindProperty]
    public QuestionForm Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public QuestionDto? Existing { get; private set; }

    public Guid LessonId { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (QuestionId is null && ForLessonId is null)
        {
            return NotFound();
        }

        await ReloadAsync(cancellationToken);
        if (Existing is not null)
        {
            Input = QuestionForm.From(Existing);
            Input.Pad();
        }

        return Page();
    }

    [FormErrors(nameof(Input))]
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (QuestionId is { } questionId)
        {
            var version = await sender.Send(new EditQuestionCommand(questionId, Input.ToInput()), cancellationToken);
            var question = await sender.Send(new GetQuestionQuery(questionId), cancellationToken);
            StatusMessage = $"The question was saved (version {version}).";
            return RedirectToPage("/Teach/Lessons/Questions", new { id = question.LessonId });
        }

        if (ForLessonId is not { } lessonId)
        {
            return NotFound();
        }

        await sender.Send(new AddQuestionCommand(lessonId, Input.ToInput()), cancellationToken);
        StatusMessage = "The question was added for review.";
        return RedirectToPage("/Teach/Lessons/Questions", new { id = lessonId });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        if (QuestionId is { } questionId)
        {
            Existing = await sender.Send(new GetQuestionQuery(questionId), cancellationToken);
            LessonId = Existing.LessonId;
        }
        else
        {
            // Confirms the lesson is the caller's before showing a form for it (404 otherwise).
            var bank = await sender.Send(new Application.QuestionBank.Queries.GetQuestionBank.GetQuestionBankQuery(ForLessonId!.Value), cancellationToken);
            LessonId = bank.LessonId;
        }

        Input.Pad();
    }

    public sealed class QuestionForm
    {
        public QuestionType Type { get; set; } = QuestionType.MultipleChoice;

        [Required, StringLength(QuestionContent.MaxStemLength), Display(Name = "Question (for fill-in-the-blank, mark the blank with ___)")]
        public string Stem { get; set; } = string.Empty;

        public List<OptionRow> Options { get; set; } = [];

        [Display(Name = "The statement is")]
        public bool TrueFalseAnswer { get; set; } = true;

        [Display(Name = "Accepted answers (one per line)")]
        public string? AcceptedAnswers { get; set; }

        [Display(Name = "Correct number")]
        public decimal? NumericValue { get; set; }

        [Display(Name = "Tolerance (±)")]
        public decimal? NumericTolerance { get; set; }

        public List<PairRow> Pairs { get; set; } = [];

        [StringLength(QuestionContent.MaxExplanationLength)]
        public string? Explanation { get; set; }

        public Difficulty Difficulty { get; set; } = Difficulty.Medium;

        [Display(Name = "Tags (separated by commas)")]
        public string? Tags { get; set; }

        public static QuestionForm From(QuestionDto q) => new()
        {
            Type = q.Type,
            Stem = q.Stem,
            Options = q.Type == QuestionType.TrueFalse ? [] : q.Options.Select(o => new OptionRow { Text = o.Text, IsCorrect = o.IsCorrect }).ToList(),
            TrueFalseAnswer = q.Type != QuestionType.TrueFalse || q.Options.FirstOrDefault(o => o.Text == QuestionContent.True)?.IsCorrect == true,
            AcceptedAnswers = string.Join('\n', q.AcceptedAnswers),
            NumericValue = q.NumericAnswer?.Value,
            NumericTolerance = q.NumericAnswer?.Tolerance,
            Pairs = q.Pairs.Select(p => new PairRow { Left = p.Left, Right = p.Right }).ToList(),
            Explanation = q.Explanation,
            Difficulty = q.Difficulty,
            Tags = string.Join(", ", q.Tags),
        };

        /// <summary>Adds blank rows so there is room to add options and pairs without JavaScript.</summary>
        public void Pad()
        {
            while (Options.Count < Rows)
            {
                Options.Add(new OptionRow());
            }

            while (Pairs.Count < Rows)
            {
                Pairs.Add(new PairRow());
            }
        }

        public QuestionInput ToInput() => new(
            Type,
            Stem,
            Options: Type == QuestionType.TrueFalse
                ? [new QuestionOption(QuestionContent.True, TrueFalseAnswer), new QuestionOption(QuestionContent.False, !TrueFalseAnswer)]
                : Options.Where(o => !string.IsNullOrWhiteSpace(o.Text)).Select(o => new QuestionOption(o.Text!, o.IsCorrect)).ToList(),
            AcceptedAnswers: (AcceptedAnswers ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            NumericValue: NumericValue,
            NumericTolerance: NumericTolerance,
            Pairs: Pairs.Where(p => !string.IsNullOrWhiteSpace(p.Left) || !string.IsNullOrWhiteSpace(p.Right)).Select(p => new MatchPair(p.Left ?? string.Empty, p.Right ?? string.Empty)).ToList(),
            Explanation: Explanation,
            Difficulty: Difficulty,
            Tags: (Tags ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    public sealed class OptionRow
    {
        public string? Text { get; set; }

        public bool IsCorrect { get; set; }
    }

    public sealed class PairRow
    {
        public string? Left { get; set; }

        public string? Right { get; set; }
    }
}
