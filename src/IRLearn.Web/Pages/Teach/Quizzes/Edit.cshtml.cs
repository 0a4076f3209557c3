using System.ComponentModel.DataAnnotations;

namespace IRLearn.Web.Pages.Teach.Quizzes;

/// <summary>
/// The quiz builder: settings at the top, what the quiz holds (questions, draw rules, total points) always in view
/// beside the work, the approved questions of the caller's lessons to tick (filtered by a GET form), random draw
/// rules by lesson, tag and difficulty, and publishing (of the quiz, and of a draft lesson it uses).
/// Each part is its own form and handler, so a mistake in one never loses another's input; every handler returns
/// to the builder with the same filter.
/// </summary>
public sealed class EditModel(ISender sender, ReaderTime reader) : PageModel, IFormPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public SettingsInput Settings { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty(SupportsGet = true, Name = "lesson")]
    public Guid? FilterLesson { get; set; }

    [BindProperty(SupportsGet = true, Name = "tag")]
    public string? FilterTag { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public QuestionType? FilterType { get; set; }

    [BindProperty(SupportsGet = true, Name = "difficulty")]
    public Difficulty? FilterDifficulty { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? FilterText { get; set; }

    public QuestionFilter Filter => new(FilterLesson, FilterTag, FilterType, FilterDifficulty, FilterText);

    public QuizDto Quiz { get; private set; } = null!;

    /// <summary>The approved questions not in the quiz yet.</summary>
    public IReadOnlyList<AvailableQuestionDto> Available => [.. Quiz.AvailableQuestions.Where(a => !a.InQuiz)];

    /// <summary>The available questions the filter lets through: the list to tick from.</summary>
    public IReadOnlyList<AvailableQuestionDto> Shown => Filter.Apply(Available);

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    [FormErrors(nameof(Settings))]
    public async Task<IActionResult> OnPostSettingsAsync(CancellationToken cancellationToken)
    {
        await sender.Send(Settings.ToCommand(Id, reader), cancellationToken);
        return Done("The settings were saved.");
    }

    /// <param name="all">The "add all shown" button: every question the filter showed (<paramref name="shown"/>), ticked or not.</param>
    public async Task<IActionResult> OnPostAddQuestionsAsync(List<Guid>? questionIds, List<Guid>? shown, bool all, decimal? points, CancellationToken cancellationToken)
    {
        var ids = (all ? shown : questionIds) ?? [];
        var added = await sender.Send(new AddQuizQuestionsCommand(Id, ids, points ?? 1), cancellationToken);
        return Done(added == 1 ? "1 question was added." : $"{added} questions were added.");
    }

    /// <summary>One click from the draft warning: the lesson becomes readable by the quiz's students.</summary>
    public async Task<IActionResult> OnPostPublishLessonAsync(Guid lessonId, CancellationToken cancellationToken)
    {
        await sender.Send(new SetLessonPublishedCommand(lessonId, Published: true), cancellationToken);
        return Done("The lesson is published: students can read it.");
    }

    public async Task<IActionResult> OnPostRemoveQuestionAsync(Guid questionId, CancellationToken cancellationToken)
    {
        await sender.Send(new RemoveQuizQuestionCommand(Id, questionId), cancellationToken);
        return Done("The question was removed.");
    }

    public async Task<IActionResult> OnPostAddRuleAsync(Guid? ruleLessonId, string? ruleTag, Difficulty? ruleDifficulty, int ruleCount, decimal? rulePoints, CancellationToken cancellationToken)
    {
        await sender.Send(new AddDrawRuleCommand(Id, ruleLessonId, ruleTag, ruleDifficulty, ruleCount, rulePoints ?? 1), cancellationToken);
        return Done("The draw rule was added.");
    }

    public async Task<IActionResult> OnPostRemoveRuleAsync(Guid ruleId, CancellationToken cancellationToken)
    {
        await sender.Send(new RemoveDrawRuleCommand(Id, ruleId), cancellationToken);
        return Done("The draw rule was removed.");
    }

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new SetQuizPublishedCommand(Id, Published: true), cancellationToken);
        return Done("The quiz is published and can be assigned.");
    }

    public async Task<IActionResult> OnPostUnpublishAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new SetQuizPublishedCommand(Id, Published: false), cancellationToken);
        return Done("The quiz is a draft again.");
    }

    /// <summary>Loads the quiz; the settings form shows the posted input when its save was refused, else the quiz as saved.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Quiz = await sender.Send(new GetQuizQuery(Id), cancellationToken);
        // Only the settings form posts Settings; the other forms leave it to be filled from the quiz.
        if (!(Request.HasFormContentType && Request.Form.ContainsKey($"{nameof(Settings)}.{nameof(SettingsInput.Title)}")))
        {
            Settings = SettingsInput.From(Quiz, reader);
        }
    }

    private RedirectToPageResult Done(string message)
    {
        StatusMessage = message;
        var values = new RouteValueDictionary { ["id"] = Id };
        foreach (var (key, value) in Filter.RouteValues())
        {
            values[key] = value;
        }

        return RedirectToPage(values);
    }

    public sealed class SettingsInput
    {
        [Required, StringLength(Domain.Quizzes.Quiz.MaxTitleLength)]
        public string Title { get; set; } = string.Empty;

        [StringLength(Domain.Quizzes.Quiz.MaxDescriptionLength)]
        public string? Description { get; set; }

        [Range(1, 1440), Display(Name = "Time limit in minutes (blank: untimed)")]
        public int? TimeLimitMinutes { get; set; }

        [Range(1, 100), Display(Name = "Attempts allowed (blank: unlimited)")]
        public int? AttemptsAllowed { get; set; }

        [Display(Name = "Shuffle the questions")]
        public bool ShuffleQuestions { get; set; }

        [Display(Name = "Shuffle the options of choice questions (a matching column is always shuffled)")]
        public bool ShuffleOptions { get; set; }

        [Display(Name = "Available from")]
        public DateTime? AvailableFrom { get; set; }

        [Display(Name = "Available until")]
        public DateTime? AvailableUntil { get; set; }

        [Display(Name = "Show feedback")]
        public FeedbackPolicy FeedbackPolicy { get; set; }

        [Range(0, 100), Display(Name = "Passing score (%)")]
        public decimal PassingScorePercent { get; set; }

        [Display(Name = "Grade from")]
        public GradingMethod GradingMethod { get; set; }

        /// <summary>The quiz as saved; its dates on the reader's clock (date inputs carry no zone, ADR 17).</summary>
        public static SettingsInput From(QuizDto quiz, ReaderTime reader) => new()
        {
            Title = quiz.Title,
            Description = quiz.Description,
            TimeLimitMinutes = quiz.Settings.TimeLimit is { } limit ? (int)limit.TotalMinutes : null,
            AttemptsAllowed = quiz.Settings.AttemptsAllowed,
            ShuffleQuestions = quiz.Settings.ShuffleQuestions,
            ShuffleOptions = quiz.Settings.ShuffleOptions,
            AvailableFrom = reader.ToInput(quiz.Settings.AvailableFrom),
            AvailableUntil = reader.ToInput(quiz.Settings.AvailableUntil),
            FeedbackPolicy = quiz.Settings.FeedbackPolicy,
            PassingScorePercent = quiz.Settings.PassingScorePercent,
            GradingMethod = quiz.Settings.GradingMethod,
        };

        public UpdateQuizSettingsCommand ToCommand(Guid id, ReaderTime reader) => new(
            id,
            Title,
            Description,
            TimeLimitMinutes,
            AttemptsAllowed,
            ShuffleQuestions,
            ShuffleOptions,
            reader.FromInput(AvailableFrom),
            reader.FromInput(AvailableUntil),
            FeedbackPolicy,
            PassingScorePercent,
            GradingMethod);
    }
}
