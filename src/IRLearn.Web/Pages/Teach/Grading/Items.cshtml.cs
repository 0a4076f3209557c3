namespace IRLearn.Web.Pages.Teach.Grading;

public sealed class ItemsModel(ISender sender) : PageModel
{
    [FromRoute]
    public Guid AssignmentId { get; set; }

    public ItemAnalysisDto Analysis { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Analysis = await sender.Send(new GetItemAnalysisQuery(AssignmentId), cancellationToken);
}
