namespace IRLearn.Application.Common.Interfaces;

/// <summary>The signed-in user of the current request, or an anonymous one.</summary>
public interface ICurrentUser
{
    string? UserId { get; }

    bool IsAuthenticated { get; }

    bool IsInRole(string role);
}
