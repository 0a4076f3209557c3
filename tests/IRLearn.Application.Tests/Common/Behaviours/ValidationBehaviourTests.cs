using FluentValidation;
using IRLearn.Application.Accounts.Commands.RegisterStudent;
using IRLearn.Application.Common.Behaviours;

namespace IRLearn.Application.Tests.Common.Behaviours;

public sealed class ValidationBehaviourTests
{
    [Fact]
    public async Task Handle_InvalidRequest_ThrowsWithEveryFieldAndSkipsTheHandler()
    {
        var behaviour = new ValidationBehaviour<RegisterStudentCommand, string>([new RegisterStudentCommandValidator()]);
        var handled = false;

        var ex = await Assert.ThrowsAsync<ValidationException>(() => behaviour.Handle(
            new RegisterStudentCommand("not-an-email", "<b>bold</b>", string.Empty),
            (_, _) =>
            {
                handled = true;
                return ValueTask.FromResult("id");
            },
            CancellationToken.None).AsTask());

        Assert.False(handled);
        Assert.Equal(["DisplayName", "Email", "Password"], ex.Errors.Select(e => e.PropertyName).Distinct().Order());
    }

    [Fact]
    public async Task Handle_ValidRequest_RunsTheHandler()
    {
        var behaviour = new ValidationBehaviour<RegisterStudentCommand, string>([new RegisterStudentCommandValidator()]);

        var result = await behaviour.Handle(
            new RegisterStudentCommand("a.student@example.org", "A Student", "Strong-Pass-123"),
            (_, _) => ValueTask.FromResult("id"),
            CancellationToken.None);

        Assert.Equal("id", result);
    }
}
