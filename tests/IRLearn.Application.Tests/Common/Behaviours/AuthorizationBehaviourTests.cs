using IRLearn.Application.Common.Behaviours;
using IRLearn.Application.Common.Exceptions;
using IRLearn.Application.Common.Interfaces;
using IRLearn.Application.Common.Security;
using Mediator;
using Moq;

namespace IRLearn.Application.Tests.Common.Behaviours;

public sealed class AuthorizationBehaviourTests
{
    [Authorize(Roles = Roles.Instructor)]
    public sealed record InstructorOnly : IQuery<string>;

    [Authorize(Roles = Roles.Admin + "," + Roles.Instructor)]
    public sealed record AdminOrInstructor : IQuery<string>;

    [Authorize]
    public sealed record AnySignedInUser : IQuery<string>;

    public sealed record Open : IQuery<string>;

    [Fact]
    public async Task Handle_AnonymousOnProtectedRequest_ThrowsUnauthenticated()
    {
        var user = User(authenticated: false);

        await Assert.ThrowsAsync<UnauthenticatedException>(() => Run(new AnySignedInUser(), user).AsTask());
    }

    [Fact]
    public async Task Handle_StudentOnInstructorRequest_ThrowsForbidden()
    {
        var user = User(authenticated: true, Roles.Student);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Run(new InstructorOnly(), user).AsTask());
    }

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Instructor)]
    public async Task Handle_AnyListedRole_RunsTheHandler(string role)
    {
        Assert.Equal("handled", await Run(new AdminOrInstructor(), User(authenticated: true, role)));
    }

    [Fact]
    public async Task Handle_RequestWithoutAttribute_RunsForAnonymous()
    {
        Assert.Equal("handled", await Run(new Open(), User(authenticated: false)));
    }

    private static ValueTask<string> Run<TRequest>(TRequest request, ICurrentUser user)
        where TRequest : IQuery<string>
    {
        var behaviour = new AuthorizationBehaviour<TRequest, string>(user);
        return behaviour.Handle(request, (_, _) => ValueTask.FromResult("handled"), CancellationToken.None);
    }

    private static ICurrentUser User(bool authenticated, params string[] roles)
    {
        var user = new Mock<ICurrentUser>();
        user.SetupGet(u => u.IsAuthenticated).Returns(authenticated);
        user.SetupGet(u => u.UserId).Returns(authenticated ? "user-1" : null);
        user.Setup(u => u.IsInRole(It.IsAny<string>())).Returns<string>(roles.Contains);
        return user.Object;
    }
}
