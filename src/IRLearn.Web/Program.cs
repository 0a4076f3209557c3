using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using IRLearn.Application;
using IRLearn.Application.Common.Behaviours;
using IRLearn.Application.Common.Security;
using IRLearn.Infrastructure;
using IRLearn.Infrastructure.Persistence;
using IRLearn.Web;
using IRLearn.Web.Endpoints;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.WebEncoders;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration, builder.Environment);
builder.Services.AddMediator((Mediator.MediatorOptions options) =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    // Use cases live in Application; domain events (notifications) in Domain; the live-board notifier in this host.
    options.Assemblies = [typeof(IRLearn.Application.DependencyInjection), typeof(IRLearn.Domain.Common.IDomainEvent), typeof(Program)];
    // Order matters: log what escapes, then refuse the unauthorized, then refuse the invalid, then time the rest.
    options.PipelineBehaviors =
    [
        typeof(UnhandledExceptionBehaviour<,>),
        typeof(AuthorizationBehaviour<,>),
        typeof(ValidationBehaviour<,>),
        typeof(PerformanceBehaviour<,>),
    ];
});

builder.Services.AddWebServices(builder.Configuration);

// The API's scheme unseals Identity's bearer token and then checks the account as it is now (security
// stamp, lockout), so a password change or a lockout revokes tokens at once (ADR 12).
builder.Services
    .AddAuthentication(IdentityConstants.ApplicationScheme)
    .AddBearerToken(IdentityConstants.BearerScheme)
    .AddScheme<AuthenticationSchemeOptions, CurrentAccountBearerHandler>(CurrentAccountBearerHandler.SchemeName, configureOptions: null)
    .AddIdentityCookies();
// Page cookies are checked against the security stamp every minute rather than Identity's 30.
builder.Services.Configure<SecurityStampValidatorOptions>(stamp => stamp.ValidationInterval = TimeSpan.FromMinutes(1));
// Behind a TLS-terminating proxy the app sees plain HTTP; X-Forwarded-Proto from a trusted proxy (loopback
// by default, more in ForwardedHeaders:KnownProxies) restores HTTPS, so cookies are Secure and HSTS is sent.
builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
{
    forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
    foreach (var proxy in builder.Configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
    {
        forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
    }
});
builder.Services.ConfigureApplicationCookie(cookie =>
{
    cookie.LoginPath = "/Account/Login";
    cookie.LogoutPath = "/Account/Logout";
    cookie.AccessDeniedPath = "/Account/AccessDenied";
    cookie.Cookie.HttpOnly = true;
    cookie.Cookie.SameSite = SameSiteMode.Lax;
    cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    cookie.SlidingExpiration = true;
    cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
});
builder.Services.AddAuthorizationBuilder()
    .AddPolicy(Policies.Learn, p => p.RequireRole(Roles.Student))
    .AddPolicy(Policies.Teach, p => p.RequireRole(Roles.Instructor))
    .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
    .AddPolicy(Policies.Leaderboards, p => p.RequireRole(Roles.Student, Roles.Instructor))
    .AddPolicy(Policies.Api, p => p.AddAuthenticationSchemes(CurrentAccountBearerHandler.SchemeName).RequireAuthenticatedUser());

builder.Services.AddAntiforgery(options =>
{
    options.HeaderName = "X-CSRF-TOKEN";
    options.Cookie.Name = "irlearn.csrf";
    options.Cookie.SameSite = SameSiteMode.Strict;
    options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
});
// Razor escapes every non-ASCII character by default (’ becomes &#x2019;). Articles are full of curly
// quotes and accented names, so let all of Unicode through and escape only what HTML itself needs.
builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddRazorPages(pages =>
{
    // Every page's use-case outcomes (404, 403, refused forms) are mapped in one filter: ADR 8.
    pages.Conventions.ConfigureFilter(new UseCaseOutcomeFilter());
    pages.Conventions.AuthorizeFolder("/Learn", Policies.Learn);
    pages.Conventions.AuthorizeFolder("/Teach", Policies.Teach);
    pages.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
    pages.Conventions.AuthorizeFolder("/Leaderboards", Policies.Leaderboards);
})
// No client-side validation library is loaded, and with it on an empty validation summary renders an inline
// style="display:none" that the strict CSP refuses (a stray red bullet and a console violation on every form page).
// Off, an empty summary renders nothing at all.
.AddViewOptions(options => options.HtmlHelperOptions.ClientValidationEnabled = false);
builder.Services.AddOpenApi("v1");
// Readiness checks carry the "ready" tag: a load balancer sends traffic only to an instance whose database answers.
builder.Services.AddHealthChecks().AddDbContextCheck<ApplicationDbContext>("database", tags: [HealthTags.Ready]);

var app = builder.Build();

app.Services.StartTelemetryExport();
await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
}

app.UseForwardedHeaders();
app.UseExceptionHandler();
// Browsers get a friendly page for 404/403; API clients get a ProblemDetails body instead.
app.UseWhen(
    context => !context.Request.Path.StartsWithSegments("/api"),
    browser => browser.UseStatusCodePagesWithReExecute("/Error", "?code={0}"));
app.UseWhen(
    context => context.Request.Path.StartsWithSegments("/api"),
    api => api.UseStatusCodePages());
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseSecurityHeaders();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
// After authorization, so only a signed-in student's start takes a turn (the "attempt-starts" policy).
app.UseRateLimiter();
app.UseAntiforgery();

app.MapRazorPages();
app.MapHealthChecks("/health");
// Liveness runs no check (the process answers, so do not restart it); readiness runs the "ready" ones.
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Ready) });
app.MapOpenApi("/openapi/{documentName}.json");
app.MapScalarApiReference("/api/reference", scalar => scalar.WithTitle("IRLearn API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
app.MapApiV1();

await app.RunAsync();

/// <summary>Exposed so functional tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
