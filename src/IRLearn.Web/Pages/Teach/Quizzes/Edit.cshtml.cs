using System.ComponentModel.DataAnnotations;
using IRLearn.Application.Quizzes.Commands.AddDrawRule;
using IRLearn.Application.Quizzes.Commands.AddQuizQuestions;
using IRLearn.Application.Quizzes.Commands.PublishQuiz;
using IRLearn.Application.Quizzes.Commands.RemoveDrawRule;
using IRLearn.Application.Quizzes.Commands.RemoveQuizQuestion;
using IRLearn.Application.Quizzes.Commands.UnpublishQuiz;
using IRLearn.Application.Quizzes.Commands.UpdateQuizSettings;
using IRLearn.Application.Quizzes.Queries.GetQuiz;
using IRLearn.Domain.QuestionBank;
using IRLearn.Domain.Quizzes;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace IRLearn.Web.Pages.Teach.Quizzes;

/// <summary>
/// The quiz builder: settings, the fixed selection (ticked from the approved questions of the
/// caller's lessons), random draw rules by lesson, tag and difficulty, and publishing.
/// Each part is its own form and handler, so a mistake in one never loses another's input.
/// </summary>
public sealed class EditModel(ISender sender, TimeProvider clock) : TeachPageModel
{
    [BindProperty]
    public SettingsInput Settings { get; set; } = new();

    public QuizDto Quiz { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        LoadAsync(async () =>
        {
            await LoadQuizAsync(id, cancellationToken);
            Settings = SettingsInput.From(Quiz);
        });

    public Task<IActionResult> OnPostSettingsAsync(Guid id, CancellationToken cancellationToken) =>
        TryAsync(
            async () =>
            {
                await sender.Send(Settings.ToCommand(id), cancellationToken);
                return Done("The settings were saved.", routeValues: new { id });
            },
            () => LoadQuizAsync(id, cancellationToken),
            nameof(Settings));

    public Task<IActionResult> OnPostAddQuestionsAsync(Guid id, List<Guid>? questionIds, decimal? points, CancellationToken cancellationToken) =>
        Change(id, "questions were added", () => sender.Send(new AddQuizQuestionsCommand(id, questionIds ?? [], points ?? 1), cancellationToken).AsTask(), cancellationToken);

    public Task<IActionResult> OnPostRemoveQuestionAsync(Guid id, Guid questionId, CancellationToken cancellationToken) =>
        Change(id, "The question was removed.", () => sender.Send(new RemoveQuizQuestionCommand(id, questionId), cancellationToken).AsTask(), cancellationToken);

    public Task<IActionResult> OnPostAddRuleAsync(Guid id, Guid? ruleLessonId, string? ruleTag, Difficulty? ruleDifficulty, int ruleCount, decimal? rulePoints, CancellationToken cancellationToken) =>
        Change(id, "The draw rule was added.", () => sender.Send(new AddDrawRuleCommand(id, ruleLessonId, ruleTag, ruleDifficulty, ruleCount, rulePoints ?? 1), cancellationToken).AsTask(), cancellationToken);

    public Task<IActionResult> OnPostRemoveRuleAsync(Guid id, Guid ruleId, CancellationToken cancellationToken) =>
        Change(id, "The draw rule was removed.", () => sender.Send(new RemoveDrawRuleCommand(id, ruleId), cancellationToken).AsTask(), cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken cancellationToken) =>
        Change(id, "The quiz is published and can be assigned.", () => sender.Send(new PublishQuizCommand(id), cancellationToken).AsTask(), cancellationToken);

    public Task<IActionResult> OnPostUnpublishAsync(Guid id, CancellationToken cancellationToken) =>
        Change(id, "The quiz is a draft again.", () => sender.Send(new UnpublishQuizCommand(id), cancellationToken).AsTask(), cancellationToken);

    private Task<IActionResult> Change<T>(Guid id, string message, Func<Task<T>> send, CancellationToken cancellationToken) =>
        TryAsync(
            async () =>
            {
                var result = await send();
                return Done(result is int count ? $"{count} {message}." : message, routeValues: new { id });
            },
            async () =>
            {
                await LoadQuizAsync(id, cancellationToken);
                Settings = SettingsInput.From(Quiz);
            });

    private async Task LoadQuizAsync(Guid id, CancellationToken cancellationToken) =>
        Quiz = await sender.Send(new GetQuizQuery(id), cancellationToken);

    /// <summary>Date inputs carry no zone; they are read as UTC (the server clock decides deadlines).</summary>
    public string Local(DateTimeOffset? value) => value?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

    public DateTimeOffset Now => clock.GetUtcNow();

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

        [Display(Name = "Shuffle the options")]
        public bool ShuffleOptions { get; set; }

        [Display(Name = "Available from (UTC, optional)")]
        public DateTime? AvailableFrom { get; set; }

        [Display(Name = "Available until (UTC, optional)")]
        public DateTime? AvailableUntil { get; set; }

        [Display(Name = "Show feedback")]
        public FeedbackPolicy FeedbackPolicy { get; set; }

        [Range(0, 100), Display(Name = "Passing score (%)")]
        public decimal PassingScorePercent { get; set; }

        [Display(Name = "Grade from")]
        public GradingMethod GradingMethod { get; set; }

        public static SettingsInput From(QuizDto quiz) => new()
        {
            Title = quiz.Title,
            Description = quiz.Description,
            TimeLimitMinutes = quiz.Settings.TimeLimit is { } limit ? (int)limit.TotalMinutes : null,
            AttemptsAllowed = quiz.Settings.AttemptsAllowed,
            ShuffleQuestions = quiz.Settings.ShuffleQuestions,
            ShuffleOptions = quiz.Settings.ShuffleOptions,
            AvailableFrom = quiz.Settings.AvailableFrom?.UtcDateTime,
            AvailableUntil = quiz.Settings.AvailableUntil?.UtcDateTime,
            FeedbackPolicy = quiz.Settings.FeedbackPolicy,
            PassingScorePercent = quiz.Settings.PassingScorePercent,
            GradingMethod = quiz.Settings.GradingMethod,
        };

        public UpdateQuizSettingsCommand ToCommand(Guid id) => new(
            id,
            Title,
            Description,
            TimeLimitMinutes,
            AttemptsAllowed,
            ShuffleQuestions,
            ShuffleOptions,
            Utc(AvailableFrom),
            Utc(AvailableUntil),
            FeedbackPolicy,
            PassingScorePercent,
            GradingMethod);

        public static DateTimeOffset? Utc(DateTime? value) =>
            value is { } v ? new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)) : null;
    }
}
