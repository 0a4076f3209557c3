namespace IRLearn.Infrastructure.Tests.Persistence;

/// <summary>
/// Base of the test classes whose every test runs on its own freshly migrated <see cref="TestDatabase"/>, deleted (or
/// dropped) after the test. A class that needs more before or after each test overrides the hooks and calls them.
/// </summary>
public abstract class FreshDatabaseTests : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;

    public virtual async ValueTask InitializeAsync() => Database = await TestDatabase.CreateAsync();

    public virtual async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Saves <see cref="DomainGraph"/>'s aggregates, for the tests that start from a populated database.</summary>
    protected async Task<DomainGraph> SaveDomainGraphAsync()
    {
        var graph = DomainGraph.Build();
        await using var context = Database.NewContext();
        context.AddRange(graph.Aggregates);
        await context.SaveChangesAsync();
        return graph;
    }
}
