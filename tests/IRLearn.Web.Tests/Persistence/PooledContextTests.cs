using IRLearn.Application.Common.Interfaces;

namespace IRLearn.Web.Tests.Persistence;

/// <summary>
/// The app leases its contexts from EF's pool (issue 16). A scope disposes the context once for every registration
/// that returned it; only the lease may hand it back to the pool, or two later requests share one context.
/// </summary>
public sealed class PooledContextTests(IRLearnWebFactory factory) : IClassFixture<IRLearnWebFactory>
{
    [Fact]
    public async Task AContextResolvedThroughBothRegistrations_GoesBackToThePoolOnce()
    {
        ApplicationDbContext used;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            used = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            Assert.Same(used, scope.ServiceProvider.GetRequiredService<IApplicationDbContext>());
        }

        await using var first = factory.Services.CreateAsyncScope();
        await using var second = factory.Services.CreateAsyncScope();
        var a = first.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        var b = second.ServiceProvider.GetRequiredService<IApplicationDbContext>();

        Assert.NotSame(a, b);
        Assert.Contains(used, new object[] { a, b });
    }
}
