using System.Reflection;

namespace IRLearn.Application.Common.Behaviours;

public sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentUser currentUser)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly AuthorizeAttribute[] Requirements =
        typeof(TMessage).GetCustomAttributes<AuthorizeAttribute>().ToArray();

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (Requirements.Length == 0)
        {
            return next(message, cancellationToken);
        }

        if (!currentUser.IsAuthenticated)
        {
            throw new UnauthenticatedException();
        }

        // Every attribute must be satisfied; within one attribute any listed role will do.
        foreach (var requirement in Requirements)
        {
            var roles = requirement.Roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (roles.Length > 0 && !roles.Any(currentUser.IsInRole))
            {
                throw new ForbiddenAccessException();
            }
        }

        return next(message, cancellationToken);
    }
}
