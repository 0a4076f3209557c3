using IRLearn.Domain.Attempts;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Infrastructure.Tests.Persistence;

/// <summary>
/// The classroom's gradebook stamp (ADR 23) is renewed by the saves that change what a gradebook shows, and only by
/// them: an export served under a stamp that a grade did not renew would be out of date, and a stamp renewed by every
/// saved answer would make each save write the classroom's row.
/// </summary>
public sealed class GradebookStampTests : FreshDatabaseTests
{
    private DomainGraph _graph = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _graph = await SaveDomainGraphAsync();
    }

    [Fact]
    public async Task ANewClassroom_HasAStamp()
    {
        Assert.NotEqual(Guid.Empty, await StampAsync());
    }

    [Fact]
    public async Task ASubmittedAttempt_RenewsTheStamp_AndASavedAnswerDoesNot()
    {
        var before = await StampAsync();
        await using (var answering = Database.NewContext())
        {
            (await answering.Attempts.SingleAsync()).SaveAnswer(_graph.ChoiceQuestion.CurrentVersion.Id, Answer.Choice(0), DomainGraph.Now.AddMinutes(1));
            await answering.SaveChangesAsync();
        }

        Assert.Equal(before, await StampAsync());

        await using (var submitting = Database.NewContext())
        {
            (await submitting.Attempts.SingleAsync()).Submit(DomainGraph.Now.AddMinutes(2));
            await submitting.SaveChangesAsync();
        }

        Assert.NotEqual(before, await StampAsync());
    }

    [Fact]
    public async Task RenamingTheClassroom_AndRemovingAStudent_EachRenewTheStamp()
    {
        var first = await StampAsync();
        await using (var renaming = Database.NewContext())
        {
            (await renaming.Classrooms.SingleAsync()).Rename("Eurasian integration, autumn");
            await renaming.SaveChangesAsync();
        }

        var second = await StampAsync();
        Assert.NotEqual(first, second);

        // One context for two saves: the stamp it wrote first is tracked, and the second save writes another.
        await using var removing = Database.NewContext();
        var classroom = await removing.Classrooms.SingleAsync();
        classroom.Rename("Eurasian integration, spring");
        await removing.SaveChangesAsync();
        var third = await StampAsync();
        classroom.RemoveStudent(DomainGraph.StudentId, DomainGraph.Now.AddDays(1));
        await removing.SaveChangesAsync();

        Assert.Equal(3, new[] { second, third, await StampAsync() }.Distinct().Count());
    }

    [Fact]
    public async Task DeletingTheClassroom_DeletesItsStamp()
    {
        await using (var deleting = Database.NewContext())
        {
            deleting.Attempts.Remove(await deleting.Attempts.SingleAsync());
            deleting.Classrooms.Remove(await deleting.Classrooms.SingleAsync());
            await deleting.SaveChangesAsync();
        }

        await using var read = Database.NewContext();
        Assert.Empty(await read.GradebookStamps.ToListAsync());
    }

    private async Task<Guid> StampAsync()
    {
        await using var read = Database.NewContext();
        return (await read.GradebookStamps.SingleAsync(s => s.ClassroomId == _graph.Classroom.Id)).Stamp;
    }
}
