namespace IRLearn.Web.Pages.Teach.Lessons;

public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<LessonSummaryDto> Lessons { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Lessons = await sender.Send(new ListLessonsQuery(), cancellationToken);
}
