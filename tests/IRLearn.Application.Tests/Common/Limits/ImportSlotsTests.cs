using IRLearn.Application.Common.Exceptions;
using IRLearn.Application.Common.Limits;
using Microsoft.Extensions.Options;

namespace IRLearn.Application.Tests.Common.Limits;

public sealed class ImportSlotsTests
{
    [Fact]
    public void Enter_WhileTheAccountsSlotIsTaken_IsRefusedWithRetryAfter()
    {
        using var slots = Slots(1);
        using var first = slots.Enter("instructor-1");

        var refused = Assert.Throws<TooManyRequestsException>(() => slots.Enter("instructor-1"));

        Assert.Equal(ImportSlots.BusyMessage, refused.Message);
        Assert.Equal(TimeSpan.FromSeconds(7), refused.RetryAfter);
    }

    [Fact]
    public void Enter_AnotherAccount_IsNotHeldUp()
    {
        using var slots = Slots(1);
        using var first = slots.Enter("instructor-1");

        using var other = slots.Enter("instructor-2");
    }

    [Fact]
    public void Enter_AfterTheSlotIsGivenBack_Succeeds()
    {
        using var slots = Slots(1);
        slots.Enter("instructor-1").Dispose();

        using var again = slots.Enter("instructor-1");
    }

    [Fact]
    public void Enter_HonoursALargerLimit()
    {
        using var slots = Slots(2);
        using var one = slots.Enter("instructor-1");
        using var two = slots.Enter("instructor-1");

        Assert.Throws<TooManyRequestsException>(() => slots.Enter("instructor-1"));
    }

    private static ImportSlots Slots(int perUser) =>
        new(Options.Create(new ImportOptions { MaxConcurrentPerUser = perUser, RetryAfter = TimeSpan.FromSeconds(7) }));
}
