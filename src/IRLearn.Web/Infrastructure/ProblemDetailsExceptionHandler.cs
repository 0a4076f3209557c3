using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;

namespace IRLearn.Web.Infrastructure;

/// <summary>
/// The one place exceptions become HTTP answers. Expected outcomes get their 4xx status and a
/// ProblemDetails body; anything else is a 500 that never shows internals to the client.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Map(exception);
        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        if (exception is TooManyRequestsException busy)
        {
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds(busy);
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    public static ProblemDetails Map(Exception exception) => exception switch
    {
        ValidationException validation => new ValidationProblemDetails(
            validation.Errors
                .GroupBy(e => e.PropertyName, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray(), StringComparer.Ordinal))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request has invalid fields.",
        },
        BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = "The request could not be read.", Detail = bad.Message },
        NotFoundException notFound => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found.", Detail = notFound.Message },
        UnauthenticatedException => new ProblemDetails { Status = StatusCodes.Status401Unauthorized, Title = "Sign in required." },
        ForbiddenAccessException forbidden => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Forbidden.", Detail = forbidden.Message },
        ConflictException conflict => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Conflict.", Detail = conflict.Message },
        DuplicateException duplicate => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Conflict.", Detail = duplicate.Message },
        TooManyRequestsException busy => new ProblemDetails { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests.", Detail = busy.Message },
        Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "Conflict.",
            Detail = "Someone else changed this at the same time. Reload and try again.",
        },
        DomainException rule => new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request breaks a rule.",
            Detail = rule.Message,
            Extensions = { ["code"] = rule.Code },
        },
        _ => new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "An unexpected error occurred." },
    };

    /// <summary>Whole seconds, at least one, as the Retry-After header takes them.</summary>
    public static string RetryAfterSeconds(TooManyRequestsException busy) =>
        Math.Max(1, (int)Math.Ceiling(busy.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
