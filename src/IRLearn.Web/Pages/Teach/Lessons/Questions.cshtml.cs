using IRLearn.Application.QuestionBank;
using IRLearn.Application.QuestionBank.Commands.ReviewQuestions;
using IRLearn.Application.QuestionBank.Queries.GetQuestionBank;
using IRLearn.Domain.QuestionBank;
using IRLearn.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IRLearn.Web.Pages.Teach.Lessons;

/// <summary>
/// Question-bank review: every question with its answer key and its source sentence marked in the
/// paragraph of the article it comes from; approve, reject or retire one, or many at once.
/// One form holds the checkboxes and every button, so the page needs no JavaScript (forms cannot nest).
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

    [TempData]
    public string? StatusMessage { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    /// <param name="ids">The ticked questions, for the bulk buttons.</param>
    /// <param name="decision">The bulk button pressed.</param>
    /// <param name="one">A per-question button: "questionId:Decision".</param>
    public async Task<IActionResult> OnPostReviewAsync(List<Guid>? ids, ReviewDecision? decision, string? one, CancellationToken cancellationToken)
    {
        var (chosen, chosenDecision) = ParseSingle(one) is { } pressed ? ([pressed.Id], pressed.Decision) : (ids ?? [], decision ?? ReviewDecision.Approve);
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

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Bank = await sender.Send(new GetQuestionBankQuery(Id, Type, Status, Tag, Difficulty), cancellationToken);

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

    private static (Guid Id, ReviewDecision Decision)? ParseSingle(string? value)
    {
        var parts = (value ?? string.Empty).Split(':');
        return parts.Length == 2 && Guid.TryParse(parts[0], out var questionId) && Enum.TryParse<ReviewDecision>(parts[1], out var decision)
            ? (questionId, decision)
            : null;
    }

    public sealed record SourceExcerpt(string Before, string Sentence, string After);
}
