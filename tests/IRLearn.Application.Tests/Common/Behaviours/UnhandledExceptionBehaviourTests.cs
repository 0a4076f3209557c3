using IRLearn.Application.Common.Behaviours;
using IRLearn.Application.Common.Exceptions;
using IRLearn.Domain.Common;
using Mediator;
using Microsoft.Extensions.Logging;
using Moq;

namespace IRLearn.Application.Tests.Common.Behaviours;

public sealed class UnhandledExceptionBehaviourTests
{
    public sealed record Probe : IQuery<int>;

    public static TheoryData<Exception> ExpectedOutcomes => new()
    {
        new NotFoundException("Quiz", Guid.Empty),
        new ForbiddenAccessException(),
        new DomainException("attempt.deadline_passed", "Too late."),
        new FluentValidation.ValidationException("bad"),
    };

    [Theory]
    [MemberData(nameof(ExpectedOutcomes))]
    public async Task Handle_ExpectedOutcome_IsRethrownButNotLoggedAsError(Exception outcome)
    {
        var logger = new Mock<ILogger<Probe>>();

        await Assert.ThrowsAsync(outcome.GetType(), () => Run(logger.Object, outcome).AsTask());

        logger.Verify(l => l.Log(LogLevel.Error, It.IsAny<EventId>(), It.IsAny<It.IsAnyType>(), It.IsAny<Exception?>(), It.IsAny<Func<It.IsAnyType, Exception?, string>>()), Times.Never);
    }

    [Fact]
    public async Task Handle_UnexpectedFailure_IsLoggedAsErrorWithTheException()
    {
        var logger = new Mock<ILogger<Probe>>();
        var failure = new InvalidOperationException("boom");

        await Assert.ThrowsAsync<InvalidOperationException>(() => Run(logger.Object, failure).AsTask());

        logger.Verify(l => l.Log(LogLevel.Error, It.IsAny<EventId>(), It.IsAny<It.IsAnyType>(), failure, It.IsAny<Func<It.IsAnyType, Exception?, string>>()), Times.Once);
    }

    private static ValueTask<int> Run(ILogger<Probe> logger, Exception toThrow) =>
        new UnhandledExceptionBehaviour<Probe, int>(logger).Handle(new Probe(), (_, _) => throw toThrow, CancellationToken.None);
}
