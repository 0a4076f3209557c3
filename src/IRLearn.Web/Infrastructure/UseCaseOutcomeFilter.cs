using System.Reflection;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Web.Infrastructure;

/// <summary>
/// The one place a Razor Page turns a use case's expected outcome into what the browser sees, so page
/// handlers only send requests and never catch: not found → the 404 page, forbidden → the 403 page,
/// signed out → the login page; a refused form (validation, a broken domain rule, a conflict) → its
/// errors in ModelState and the page rendered again (after <see cref="IFormPage.ReloadAsync"/>) with the
/// input as posted. A handler marked <see cref="JsonOutcomesAttribute"/> answers scripts with JSON
/// instead. Anything unexpected is left to the exception handler (500). The API has its own mapping,
/// <see cref="ProblemDetailsExceptionHandler"/> (ADR 8).
/// </summary>
public sealed class UseCaseOutcomeFilter : IAsyncPageFilter
{
    public const string ConcurrencyMessage = "This was changed somewhere else (another tab?) at the same moment. Check it and try again.";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is not { } exception || executed.ExceptionHandled)
        {
            return;
        }

        var result = await OutcomeAsync(executed, context.HandlerMethod?.MethodInfo, exception);
        if (result is not null)
        {
            executed.Result = result;
            executed.ExceptionHandled = true;
        }
    }

    private static async Task<IActionResult?> OutcomeAsync(PageHandlerExecutedContext context, MethodInfo? handler, Exception exception)
    {
        var form = handler?.GetCustomAttribute<FormErrorsAttribute>();
        switch (exception)
        {
            case UnauthenticatedException:
                return new ChallengeResult();
            case ForbiddenAccessException:
                return new StatusCodeResult(StatusCodes.Status403Forbidden);
            case NotFoundException when form?.NotFoundMessage is null:
                return new NotFoundResult();
        }

        var refusal = Refusal(exception, form);
        if (refusal is null)
        {
            return null;
        }

        if (handler?.GetCustomAttribute<JsonOutcomesAttribute>() is not null)
        {
            return JsonRefusal(exception, refusal);
        }

        if (HttpMethods.IsGet(context.HttpContext.Request.Method))
        {
            // A GET has no form to show errors on: the bad-request page says the link was wrong.
            return new BadRequestResult();
        }

        foreach (var (key, message) in refusal)
        {
            context.ModelState.AddModelError(key, message);
        }

        if (context.HandlerInstance is IFormPage page)
        {
            await page.ReloadAsync(context.HttpContext.RequestAborted);
        }

        return new PageResult();
    }

    /// <summary>The errors to show for a refused form, as (ModelState key, message); null when the exception is no refusal.</summary>
    private static List<(string Key, string Message)>? Refusal(Exception exception, FormErrorsAttribute? form)
    {
        var prefix = form?.Prefix ?? string.Empty;
        var field = form?.Field;
        return exception switch
        {
            ValidationException validation => validation.Errors
                .Select(e => (field ?? FieldKey(prefix, e.PropertyName), e.ErrorMessage))
                .ToList(),
            NotFoundException => [(field ?? string.Empty, form!.NotFoundMessage!)],
            DomainException or ConflictException or DuplicateException or TooManyRequestsException => [(field ?? string.Empty, exception.Message)],
            DbUpdateConcurrencyException => [(field ?? string.Empty, ConcurrencyMessage)],
            _ => null,
        };
    }

    private static string FieldKey(string prefix, string property) =>
        string.IsNullOrEmpty(property) ? string.Empty
        : string.IsNullOrEmpty(prefix) ? property
        : $"{prefix}.{property}";

    // The shape learn-attempt.js reads: a title to show, and whether retrying the same request can help.
    private static ObjectResult JsonRefusal(Exception exception, List<(string Key, string Message)> refusal) => exception switch
    {
        DbUpdateConcurrencyException or ConflictException or DuplicateException => new ObjectResult(new { title = "Saved from another tab at the same moment; retrying.", retry = true })
        {
            StatusCode = StatusCodes.Status409Conflict,
        },
        DomainException rule => new BadRequestObjectResult(new { title = rule.Message, code = rule.Code, retry = false }),
        _ => new BadRequestObjectResult(new { title = string.Join(" ", refusal.Select(r => r.Message)), retry = false }),
    };
}

/// <summary>
/// Where a refused form's errors are shown. Validation errors go beside their fields under
/// <see cref="Prefix"/> (<c>Input</c> → <c>Input.Title</c>); other refusals go to the form as a whole.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FormErrorsAttribute(string prefix = "") : Attribute
{
    public string Prefix { get; } = prefix;

    /// <summary>When set, every error of this form is shown at this one key (a form with a single field).</summary>
    public string? Field { get; init; }

    /// <summary>
    /// When set, "not found" on this form is the user's typo (a code they typed), shown on the form
    /// with this message instead of the 404 page.
    /// </summary>
    public string? NotFoundMessage { get; init; }
}

/// <summary>A handler called by a script (not a form post): refusals answer JSON <c>{ title, code, retry }</c>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class JsonOutcomesAttribute : Attribute;

/// <summary>
/// A page whose form posts can be refused. After a refusal the filter calls <see cref="ReloadAsync"/>
/// to load what the page shows, then renders it with the errors and the posted input.
/// </summary>
public interface IFormPage
{
    Task ReloadAsync(CancellationToken cancellationToken);
}
