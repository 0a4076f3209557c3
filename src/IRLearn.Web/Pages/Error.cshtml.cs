namespace IRLearn.Web.Pages;

[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "Something went wrong";

    public string Message { get; private set; } = "The error has been logged. Please try again.";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        (Heading, Message) = code switch
        {
            404 => ("Page not found", "There is nothing here, or it is not yours to see."),
            403 => ("Access denied", "Your account cannot open this page."),
            400 => ("Bad request", "The request could not be understood."),
            503 => ("Busy right now", "Many people are doing the same thing at this moment. Try again in a moment."),
            _ => (Heading, Message),
        };
    }
}
