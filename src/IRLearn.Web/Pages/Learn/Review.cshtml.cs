using FluentValidation;
using IRLearn.Application.Attempts;
using IRLearn.Application.Common.Exceptions;
using IRLearn.Application.Progress.Commands.PracticeReviewCard;
using IRLearn.Application.Progress.Queries.GetReviewQueue;
using IRLearn.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IRLearn.Web.Pages.Learn;

/// <summary>Practice of missed questions on their spaced-repetition schedule. It never touches attempts, so grades never change here.</summary>
public sealed class ReviewModel(ISender sender) : PageModel
{
    public ReviewQueueDto Queue { get; private set; } = null!;

    public PracticeResultDto? Result { get; private set; }

    public AttemptQuestionDto? Answered { get; private set; }

    public string? Error { get; private set; }

    [BindProperty]
    public AnswerFormInput Answer { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Queue = await sender.Send(new GetReviewQueueQuery(), cancellationToken);

    public async Task<IActionResult> OnPostPracticeAsync(Guid cardId, CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        var card = Queue.Due.FirstOrDefault(c => c.CardId == cardId);
        try
        {
            Result = await sender.Send(new PracticeReviewCardCommand(cardId, Answer.ToInput()), cancellationToken);
            Answered = card is null ? null : ToQuestion(card) with { Feedback = Result.Feedback };
            await OnGetAsync(cancellationToken);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (Exception ex) when (ex is DomainException or ValidationException)
        {
            Error = ex is ValidationException v ? string.Join(" ", v.Errors.Select(e => e.ErrorMessage)) : ex.Message;
            return Page();
        }
    }

    public static AttemptQuestionDto ToQuestion(ReviewItemDto card) =>
        new(1, card.Type, card.Stem, 1m, card.Options, card.MatchLeft, card.MatchRight, null, null, null);
}
