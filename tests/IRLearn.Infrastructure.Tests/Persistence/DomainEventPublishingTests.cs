using IRLearn.Domain.Attempts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Infrastructure.Tests.Persistence;

public sealed class DomainEventPublishingTests : FreshDatabaseTests
{

    [Fact]
    public async Task SavingASubmittedAttempt_PublishesItsEventOnce_AfterCommit()
    {
        var publisher = new RecordingPublisher(Database);
        var graph = DomainGraph.Build();
        graph.Attempt.Submit(DomainGraph.Now.AddMinutes(5));

        await using (var context = Database.NewContext(publisher))
        {
            context.AddRange(graph.Aggregates);
            await context.SaveChangesAsync();
            await context.SaveChangesAsync();
        }

        // The graph's questions announce their first versions too; each event goes out once, the second save publishes nothing.
        var seen = Assert.Single(publisher.Seen.OfType<AttemptSubmitted>());
        Assert.Equal(publisher.Seen.Count, publisher.Seen.Distinct().Count());
        Assert.Equal(graph.Attempt.Id, seen.AttemptId);
        Assert.True(publisher.AttemptWasCommittedWhenPublished);
        Assert.Empty(graph.Attempt.DomainEvents);
    }

    [Fact]
    public async Task AFailingHandler_DoesNotUndoTheSave()
    {
        var graph = DomainGraph.Build();
        graph.Attempt.Submit(DomainGraph.Now.AddMinutes(5));

        await using (var context = Database.NewContext(new ThrowingPublisher()))
        {
            context.AddRange(graph.Aggregates);
            await context.SaveChangesAsync();
        }

        await using var read = Database.NewContext();
        Assert.Equal(AttemptStatus.Submitted, (await read.Attempts.SingleAsync()).Status);
    }

    /// <summary>Stands in for the Mediator: records what was published and whether it was already committed then.</summary>
    private sealed class RecordingPublisher(TestDatabase database) : IPublisher
    {
        public List<object> Seen { get; } = [];

        public bool AttemptWasCommittedWhenPublished { get; private set; }

        public ValueTask Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
            where TNotification : INotification =>
            Publish((object)notification, cancellationToken);

        public async ValueTask Publish(object notification, CancellationToken cancellationToken = default)
        {
            Seen.Add(notification);
            if (notification is AttemptSubmitted submitted)
            {
                await using var other = database.NewContext();
                AttemptWasCommittedWhenPublished = await other.Attempts.AnyAsync(a => a.Id == submitted.AttemptId && a.Status == AttemptStatus.Submitted, cancellationToken);
            }
        }
    }

    private sealed class ThrowingPublisher : IPublisher
    {
        public ValueTask Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
            where TNotification : INotification =>
            throw new InvalidOperationException("handler failed");

        public ValueTask Publish(object notification, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("handler failed");
    }
}
