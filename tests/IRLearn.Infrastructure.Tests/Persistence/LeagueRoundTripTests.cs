using IRLearn.Application.Common.Exceptions;
using IRLearn.Domain.Classrooms;
using IRLearn.Domain.Leaderboards;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Infrastructure.Tests.Persistence;

/// <summary>Leagues and their classroom memberships survive a real SQLite file, and the database keeps codes and memberships unique.</summary>
public sealed class LeagueRoundTripTests : FreshDatabaseTests
{

    [Fact]
    public async Task League_WithMemberships_SurvivesSaveAndReload()
    {
        var (first, second) = (Classroom("IR 101", "KAZ2EURA"), Classroom("IR 230", "ASEAN6RX"));
        var termStart = DomainGraph.Now.AddDays(-20);
        var league = League.Create("Eurasia Cup", DomainGraph.InstructorId, JoinCode.Parse("CUPS2345"), 7, termStart, DomainGraph.Now);
        league.Join(first.Id, JoinCode.Parse("cups-2345"), DomainGraph.InstructorId, DomainGraph.Now);
        league.Join(second.Id, JoinCode.Parse("CUPS2345"), "instructor-2", DomainGraph.Now.AddMinutes(5));

        await using (var write = Database.NewContext())
        {
            write.AddRange(first, second, league);
            await write.SaveChangesAsync();
        }

        await using var read = Database.NewContext();
        var loaded = await read.Leagues.SingleAsync();
        Assert.Equal("Eurasia Cup", loaded.Name);
        Assert.Equal(DomainGraph.InstructorId, loaded.OwnerId);
        Assert.Equal("CUPS2345", loaded.JoinCode.Value);
        Assert.Equal(7, loaded.MinClassSize);
        Assert.Equal(termStart, loaded.TermStartsAt);
        Assert.Equal(DomainGraph.Now, loaded.CreatedAt);
        Assert.Equal(
            [(first.Id, DomainGraph.InstructorId, DomainGraph.Now), (second.Id, "instructor-2", DomainGraph.Now.AddMinutes(5))],
            loaded.Memberships.OrderBy(m => m.JoinedAt).Select(m => (m.ClassroomId, m.JoinedBy, m.JoinedAt)).ToList());
        Assert.Equal(
            [loaded.Id],
            await read.Leagues.Where(l => l.Memberships.Any(m => m.ClassroomId == second.Id)).Select(l => l.Id).ToListAsync());
    }

    [Fact]
    public async Task TwoLeagues_WithTheSameCode_AreRefusedByTheDatabase()
    {
        await using var context = Database.NewContext();
        context.Leagues.Add(League.Create("A", DomainGraph.InstructorId, JoinCode.Parse("CUPS2345"), 5, null, DomainGraph.Now));
        context.Leagues.Add(League.Create("B", "instructor-2", JoinCode.Parse("CUPS2345"), 5, null, DomainGraph.Now));

        await Assert.ThrowsAsync<DuplicateException>(() => context.SaveChangesAsync());
    }

    [Fact]
    public async Task DeletingAClassroom_RemovesItFromItsLeagues()
    {
        var classroom = Classroom("IR 101", "KAZ2EURA");
        var league = League.Create("Cup", DomainGraph.InstructorId, JoinCode.Parse("CUPS2345"), 5, null, DomainGraph.Now);
        league.Join(classroom.Id, league.JoinCode, DomainGraph.InstructorId, DomainGraph.Now);
        await using (var write = Database.NewContext())
        {
            write.AddRange(classroom, league);
            await write.SaveChangesAsync();
            write.Classrooms.Remove(classroom);
            await write.SaveChangesAsync();
        }

        await using var read = Database.NewContext();
        Assert.Empty((await read.Leagues.SingleAsync()).Memberships);
    }

    private static Classroom Classroom(string name, string code) =>
        Domain.Classrooms.Classroom.Create(name, DomainGraph.InstructorId, JoinCode.Parse(code), DomainGraph.Now);
}
