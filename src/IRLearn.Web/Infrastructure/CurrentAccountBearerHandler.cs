using System.Security.Claims;
using System.Text.Encodings.Web;
using IRLearn.Infrastructure.Identity;
using IRLearn.Infrastructure.Persistence;
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
/// and the account must not be locked out. One lookup by primary key per API request (ADR 12), of the stamp and the
/// lockout columns only (<see cref="AccountStanding"/>), with the rules of Identity's own checks.
/// </summary>
public sealed class CurrentAccountBearerHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<IdentityOptions> identity,
    ApplicationDbContext db,
    TimeProvider clock)
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

        var claims = identity.Value.ClaimsIdentity;
        var userId = bearer.Principal.FindFirstValue(claims.UserIdClaimType);
        var stamp = bearer.Principal.FindFirstValue(claims.SecurityStampClaimType);
        var account = userId is null ? null : await AccountStanding.ReadAsync(db, userId, Context.RequestAborted);
        if (account is null || stamp is null || !string.Equals(stamp, account.SecurityStamp, StringComparison.Ordinal))
        {
            return AuthenticateResult.Fail("The token was revoked: the account's password or roles changed since it was issued.");
        }

        if (account.IsLockedOutAt(clock.GetUtcNow()))
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
