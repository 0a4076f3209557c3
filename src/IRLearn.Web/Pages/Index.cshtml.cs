using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IRLearn.Web.Pages;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
