namespace IRLearn.Application.Common.Interfaces;

/// <summary>The signed-in user of the current request, or an anonymous one.</summary>
public interface ICurrentUser
{
    /// <summary>The signed-in user's id; reading it when nobody is signed in throws <see cref="Exceptions.UnauthenticatedException"/> (401).</summary>
    string Id { get; }

    string? UserId { get; }

    bool IsAuthenticated { get; }

    bool IsInRole(string role);
}
