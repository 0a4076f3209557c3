namespace IRLearn.Web.Pages.Learn;

public sealed class LessonModel(ISender sender) : PageModel
{
    public LessonReaderDto Lesson { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Lesson = await sender.Send(new ReadLessonQuery(id), cancellationToken);
}
