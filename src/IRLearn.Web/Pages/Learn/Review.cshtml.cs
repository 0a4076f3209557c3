namespace IRLearn.Web.Pages.Learn;

/// <summary>Practice of missed questions on their spaced-repetition schedule. It never touches attempts, so grades never change here.</summary>
public sealed class ReviewModel(ISender sender) : PageModel, IFormPage
{
    public ReviewQueueDto Queue { get; private set; } = null!;

    public PracticeResultDto? Result { get; private set; }

    public AttemptQuestionDto? Answered { get; private set; }

    [BindProperty]
    public AnswerFormInput Answer { get; set; } = new();

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostPracticeAsync(Guid cardId, CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        var card = Queue.Due.FirstOrDefault(c => c.CardId == cardId);
        Result = await sender.Send(new PracticeReviewCardCommand(cardId, Answer.ToInput()), cancellationToken);
        // The answer as given goes back with the feedback, so "Correct" stands beside what the student actually chose or wrote.
        Answered = card is null ? null : ToQuestion(card) with
        {
            Feedback = Result.Feedback,
            Answer = new SavedAnswerDto(Answer.Options, Answer.Text, Answer.Matches),
        };
        await ReloadAsync(cancellationToken);
        return Page();
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Queue = await sender.Send(new GetReviewQueueQuery(), cancellationToken);

    public static AttemptQuestionDto ToQuestion(ReviewItemDto card) =>
        new(1, card.Type, card.Stem, 1m, card.Options, card.MatchLeft, card.MatchRight, null, null, null);
}
