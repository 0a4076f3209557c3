using System.ComponentModel.DataAnnotations;
using IRLearn.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace IRLearn.Web.Endpoints;

public static class Auth
{
    public static void MapAuth(this IEndpointRouteBuilder v1)
    {
        var group = v1.MapGroup("/auth").WithTags("Auth");
        group.MapPost("/token", CreateToken)
            .WithSummary("Exchange e-mail and password for a bearer token (lockout applies).")
            .DisableAntiforgery();
    }

    public sealed record TokenRequest([property: Required] string Email, [property: Required] string Password);

    public static async Task<Results<EmptyHttpResult, ProblemHttpResult>> CreateToken(TokenRequest request, SignInManager<ApplicationUser> signIn)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
        {
            return TypedResults.Problem("E-mail and password are required.", statusCode: StatusCodes.Status400BadRequest);
        }

        // The bearer handler writes the token response itself when the sign-in succeeds.
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.Email, request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return TypedResults.Empty;
        }

        return TypedResults.Problem(
            result.IsLockedOut ? "This account is locked after repeated failed sign-ins. Try again later." : "Wrong e-mail or password.",
            statusCode: StatusCodes.Status401Unauthorized);
    }
}
