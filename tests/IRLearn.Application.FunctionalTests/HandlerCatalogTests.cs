namespace IRLearn.Application.FunctionalTests;

/// <summary>The gate's list of handlers is complete: reflection finds every handler the naming convention names.</summary>
public sealed class HandlerCatalogTests
{
    [Fact]
    public void EveryCommandAndQueryHandler_IsInTheCatalog()
    {
        var byName = typeof(IApplicationDbContext).Assembly.GetTypes()
            .Count(t => t.Name.EndsWith("CommandHandler", StringComparison.Ordinal) || t.Name.EndsWith("QueryHandler", StringComparison.Ordinal));

        Assert.Equal(byName, ReachedHandlers.Handled.Count);
        Assert.Contains(typeof(CreateClassroomCommand), ReachedHandlers.Handled);
    }
}
