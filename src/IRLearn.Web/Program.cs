using System.Text.Encodings.Web;
using System.Text.Unicode;
using IRLearn.Application;
using IRLearn.Application.Common.Behaviours;
using IRLearn.Application.Common.Security;
using IRLearn.Infrastructure;
using IRLearn.Infrastructure.Persistence;
using IRLearn.Web;
using IRLearn.Web.Endpoints;
using IRLearn.Web.Infrastructure;
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

builder.Services.AddWebServices();

builder.Services
    .AddAuthentication(IdentityConstants.ApplicationScheme)
    .AddBearerToken(IdentityConstants.BearerScheme)
    .AddIdentityCookies();
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
    .AddPolicy(Policies.Api, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireAuthenticatedUser());

builder.Services.AddAntiforgery(options =>
{
    options.HeaderName = "X-CSRF-TOKEN";
    options.Cookie.Name = "irlearn.csrf";
    options.Cookie.SameSite = SameSiteMode.Strict;
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
});
builder.Services.AddOpenApi("v1");
builder.Services.AddHealthChecks().AddDbContextCheck<ApplicationDbContext>("database");

var app = builder.Build();

await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
}

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
app.UseAntiforgery();

app.MapRazorPages();
app.MapHealthChecks("/health");
app.MapOpenApi("/openapi/{documentName}.json");
app.MapScalarApiReference("/api/reference", scalar => scalar.WithTitle("IRLearn API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
app.MapApiV1();

await app.RunAsync();

/// <summary>Exposed so functional tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
