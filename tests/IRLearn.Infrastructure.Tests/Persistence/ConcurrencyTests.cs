using IRLearn.Application.Common.Exceptions;
using IRLearn.Domain.Attempts;
using IRLearn.Domain.Classrooms;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Infrastructure.Tests.Persistence;

public sealed class ConcurrencyTests : FreshDatabaseTests
{
    private DomainGraph _graph = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _graph = await SaveDomainGraphAsync();
    }

    [Fact]
    public async Task TwoWritersOnOneAttempt_TheSecondIsDetected()
    {
        await using var firstTab = Database.NewContext();
        await using var secondTab = Database.NewContext();
        var first = await firstTab.Attempts.SingleAsync();
        var second = await secondTab.Attempts.SingleAsync();
        var versionId = _graph.ChoiceQuestion.CurrentVersion.Id;

        first.SaveAnswer(versionId, Answer.Choice(0), DomainGraph.Now.AddMinutes(1));
        await firstTab.SaveChangesAsync();
        second.Submit(DomainGraph.Now.AddMinutes(1));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => secondTab.SaveChangesAsync());
        await using var read = Database.NewContext();
        var stored = await read.Attempts.SingleAsync();
        Assert.Equal(AttemptStatus.InProgress, stored.Status);
        Assert.Equal(Answer.Choice(0), stored.ResponseFor(versionId)!.Answer);
    }

    [Fact]
    public async Task TwoWritersCreatingOneRow_TheSecondGetsDuplicateException()
    {
        // Two tabs enrol the same new student at once: each context adds the enrolment, the unique index keeps one.
        await using var firstTab = Database.NewContext();
        await using var secondTab = Database.NewContext();
        var code = JoinCode.Parse("KAZ2EURA");
        (await firstTab.Classrooms.SingleAsync()).Join("late-student", code, DomainGraph.Now);
        (await secondTab.Classrooms.SingleAsync()).Join("late-student", code, DomainGraph.Now);
        await firstTab.SaveChangesAsync();

        var duplicate = await Assert.ThrowsAsync<DuplicateException>(() => secondTab.SaveChangesAsync());

        Assert.IsType<DbUpdateException>(duplicate.InnerException, exactMatch: false);
        await using var read = Database.NewContext();
        Assert.Equal(1, (await read.Classrooms.SingleAsync()).Enrollments.Count(e => e.StudentId == "late-student"));
    }

    [Fact]
    public async Task SequentialWriters_WhoReloadFirst_BothSucceed()
    {
        var versionId = _graph.ChoiceQuestion.CurrentVersion.Id;
        await using (var first = Database.NewContext())
        {
            (await first.Attempts.SingleAsync()).SaveAnswer(versionId, Answer.Choice(1), DomainGraph.Now.AddMinutes(1));
            await first.SaveChangesAsync();
        }

        await using (var second = Database.NewContext())
        {
            (await second.Attempts.SingleAsync()).SaveAnswer(versionId, Answer.Choice(2), DomainGraph.Now.AddMinutes(2));
            await second.SaveChangesAsync();
        }

        await using var read = Database.NewContext();
        Assert.Equal(Answer.Choice(2), (await read.Attempts.SingleAsync()).ResponseFor(versionId)!.Answer);
    }
}
