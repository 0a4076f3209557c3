using System.Text.Encodings.Web;
using IRLearn.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace IRLearn.Web.Infrastructure;

/// <summary>
/// The API's authentication scheme: Identity's bearer token, and then the account as it is now. A bearer
/// token is a sealed copy of the claims at sign-in and Identity's handler never looks at the user again,
/// so a token issued before a password change, a role change or a lockout would keep working until it
/// expires. Here the token's security stamp must still equal the user's (Identity replaces the stamp when
/// the password, e-mail or login changes; whoever changes roles must call UpdateSecurityStampAsync too)
/// and the account must not be locked out. One lookup by primary key per API request (ADR 12).
/// </summary>
public sealed class CurrentAccountBearerHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    SignInManager<ApplicationUser> signIn)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiBearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var bearer = await Context.AuthenticateAsync(IdentityConstants.BearerScheme);
        if (!bearer.Succeeded)
        {
            return bearer;
        }

        var user = await signIn.ValidateSecurityStampAsync(bearer.Principal);
        if (user is null)
        {
            return AuthenticateResult.Fail("The token was revoked: the account's password or roles changed since it was issued.");
        }

        if (await signIn.UserManager.IsLockedOutAsync(user))
        {
            return AuthenticateResult.Fail("The account is locked.");
        }

        return AuthenticateResult.Success(new AuthenticationTicket(bearer.Principal, bearer.Properties, SchemeName));
    }

    // A missing or refused token gets the bearer scheme's own 401.
    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Context.ChallengeAsync(IdentityConstants.BearerScheme, properties);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Context.ForbidAsync(IdentityConstants.BearerScheme, properties);
}
