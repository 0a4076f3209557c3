using IRLearn.Web.Learning;

namespace IRLearn.Web.Tests.ScaleOut;

/// <summary>
/// The sweep's lease when its holder dies (ADR 20), with two app processes of their own (a fixture apart from
/// <see cref="TwoInstancesTests"/>, whose instances must stay up): the holder is killed outright, so it releases
/// nothing, and the other instance takes the lease over once it expires and sweeps from then on.
/// </summary>
public sealed class SweepTakeoverTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    [Fact]
    public async Task WhenTheSweepsHolderIsKilled_TheOtherInstanceTakesTheLeaseOver_AndClosesTheAttemptsThatRunOut()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var holder = await ScaleOutWaits.EventuallyAsync(() => LearnSeed.ReadAsync(instances.Database, db => db.Leases.AsNoTracking()
            .Where(l => l.Name == AttemptExpirySweep.LeaseName).Select(l => l.Holder).FirstOrDefaultAsync(cancellationToken)));
        var (killed, survivor, survivorId) = holder == "a" ? (instances.A, instances.B, "b") : (instances.B, instances.A, "a");

        killed.Kill();

        using var browser = survivor.Browser(new CookieContainer());
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LogInAsync(instances.Students[0])).StatusCode);
        var attemptId = LearnSession.AttemptIdOf(await browser.StartAsync(instances.Quiz.AssignmentId));
        await ScaleOutWaits.AbandonAsync(instances.Database, attemptId, cancellationToken);

        // The killed holder's lease runs out (30 seconds at most), the survivor's next tick takes it, and it sweeps.
        var closed = await ScaleOutWaits.EventuallyAsync(() => LearnSeed.ReadAsync(instances.Database, db => db.Attempts.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == attemptId && a.Status != AttemptStatus.InProgress, cancellationToken)));
        Assert.Equal((AttemptStatus.Graded, true), (closed.Status, closed.AutoSubmitted));
        var now = await LearnSeed.ReadAsync(instances.Database, db => db.Leases.AsNoTracking().SingleAsync(l => l.Name == AttemptExpirySweep.LeaseName, cancellationToken));
        Assert.Equal(survivorId, now.Holder);
        await ScaleOutWaits.EventuallyAsync(() => Task.FromResult(ScaleOutWaits.ClosedLine().IsMatch(survivor.Output) ? survivor : null));
    }
}
