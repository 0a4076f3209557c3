using IRLearn.Application.Common.Interfaces;
using IRLearn.Domain.Attempts;
using IRLearn.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace IRLearn.Infrastructure.Tests.Persistence;

public sealed class DomainEventDispatcherTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = null!;

    public async ValueTask InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync();

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task SavingASubmittedAttempt_DispatchesItsEventOnce_AfterCommit()
    {
        var handler = new RecordingHandler(_database);
        var services = new ServiceCollection().AddSingleton<IDomainEventHandler<AttemptSubmitted>>(handler).BuildServiceProvider();
        var graph = DomainGraph.Build();
        graph.Attempt.Submit(DomainGraph.Now.AddMinutes(5));

        await using (var context = NewContext(services))
        {
            context.AddRange(graph.Article, graph.Lesson, graph.ChoiceQuestion, graph.NumericQuestion, graph.Quiz, graph.Classroom, graph.Attempt);
            await context.SaveChangesAsync();
            await context.SaveChangesAsync();
        }

        var seen = Assert.Single(handler.Seen);
        Assert.Equal(graph.Attempt.Id, seen.AttemptId);
        Assert.True(handler.AttemptWasCommittedWhenHandled);
        Assert.Empty(graph.Attempt.DomainEvents);
    }

    [Fact]
    public async Task AFailingHandler_DoesNotUndoTheSave()
    {
        var services = new ServiceCollection().AddSingleton<IDomainEventHandler<AttemptSubmitted>>(new ThrowingHandler()).BuildServiceProvider();
        var graph = DomainGraph.Build();
        graph.Attempt.Submit(DomainGraph.Now.AddMinutes(5));

        await using (var context = NewContext(services))
        {
            context.AddRange(graph.Article, graph.Lesson, graph.ChoiceQuestion, graph.NumericQuestion, graph.Quiz, graph.Classroom, graph.Attempt);
            await context.SaveChangesAsync();
        }

        await using var read = _database.NewContext();
        Assert.Equal(AttemptStatus.Submitted, (await read.Attempts.SingleAsync()).Status);
    }

    private ApplicationDbContext NewContext(IServiceProvider services) =>
        new(new DbContextOptionsBuilder<ApplicationDbContext>()
            .UseProvider(DatabaseProvider.Sqlite, $"Data Source={_database.Path}")
            .AddInterceptors(new SqliteWalInterceptor(), new DomainEventDispatcher(services, NullLogger<DomainEventDispatcher>.Instance))
            .Options);

    private sealed class RecordingHandler(SqliteTestDatabase database) : IDomainEventHandler<AttemptSubmitted>
    {
        public List<AttemptSubmitted> Seen { get; } = [];

        public bool AttemptWasCommittedWhenHandled { get; private set; }

        public async Task HandleAsync(AttemptSubmitted domainEvent, CancellationToken cancellationToken)
        {
            Seen.Add(domainEvent);
            await using var other = database.NewContext();
            AttemptWasCommittedWhenHandled = await other.Attempts.AnyAsync(a => a.Id == domainEvent.AttemptId && a.Status == AttemptStatus.Submitted, cancellationToken);
        }
    }

    private sealed class ThrowingHandler : IDomainEventHandler<AttemptSubmitted>
    {
        public Task HandleAsync(AttemptSubmitted domainEvent, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("handler failed");
    }
}
