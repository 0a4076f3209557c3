namespace IRLearn.Web.Tests.Learn;

/// <summary>Races a user can cause by double-clicking or with two tabs end in the outcome they meant, never a 500.</summary>
public sealed class ConcurrentJoinTests(LearnWebFactory factory) : IClassFixture<LearnWebFactory>
{
    [Fact]
    public async Task SixJoinsWithOneCodeAtOnce_AllSucceed_AndEnrolOnce()
    {
        // Elena is in IR 230 only, so IR 101's code is new to her.
        using var api = await ApiClient.SignedInAsync(factory, LearnAccounts.Elena);
        var studentId = await LearnSeed.UserIdAsync(factory, LearnAccounts.Elena);

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            api.PostAsJsonAsync("/api/v1/learn/classrooms/join", new { code = LearnSeed.Ir101Code }, TestContext.Current.CancellationToken)));

        var bodies = new List<JsonElement>();
        foreach (var response in responses)
        {
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
            bodies.Add(await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken));
        }

        Assert.Single(bodies, b => b.GetProperty("newlyJoined").GetBoolean());
        var enrolments = await LearnSeed.ReadAsync(factory, db => db.Classrooms.AsNoTracking()
            .Where(c => c.JoinCode == IRLearn.Domain.Classrooms.JoinCode.Parse(LearnSeed.Ir101Code))
            .SelectMany(c => c.Enrollments).CountAsync(e => e.StudentId == studentId));
        Assert.Equal(1, enrolments);
    }
}
