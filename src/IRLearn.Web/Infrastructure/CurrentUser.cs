using System.Security.Claims;

namespace IRLearn.Web.Infrastructure;

/// <summary>Reads the signed-in user from the request, whether they came by cookie or bearer token.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public string Id => UserId ?? throw new UnauthenticatedException();

    public string? UserId => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;
}
