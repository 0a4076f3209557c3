using IRLearn.Application.Common.Exceptions;
using IRLearn.Application.Lessons.Queries.ReadLesson;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IRLearn.Web.Pages.Learn;

public sealed class LessonModel(ISender sender) : PageModel
{
    public LessonReaderDto Lesson { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            Lesson = await sender.Send(new ReadLessonQuery(id), cancellationToken);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
