using static IRLearn.Web.Tests.Api.Races;

namespace IRLearn.Web.Tests.Teach;

/// <summary>
/// "Create once" paths an instructor can send twice at the same instant (issue 17, ADR 18), through the real HTTP
/// pipeline: each unique index that catches the second writer ends in the outcome the instructor meant, or a 409 with
/// a message, never a 500, and nothing is created twice.
/// </summary>
public sealed class InstructorRaceTests(IRLearnWebFactory factory) : IClassFixture<IRLearnWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddingOneCoInstructorTwiceAtOnce_SucceedsBothTimes_AndAddsThemOnce()
    {
        using var owner = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var classroomId = await ClassroomIdAsync(LearnSeed.Ir101Code);
        var coInstructorId = await LearnSeed.UserIdAsync(factory, DemoAccounts.OtherInstructor);

        var responses = await AtOnceAsync(4, () => owner.PostAsJsonAsync($"/api/v1/classrooms/{classroomId}/instructors", new { email = DemoAccounts.OtherInstructor }, Ct));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NoContent, r.StatusCode));
        var rows = await LearnSeed.ReadAsync(factory, db => db.Classrooms.AsNoTracking().Where(c => c.Id == classroomId)
            .SelectMany(c => c.Instructors).CountAsync(i => i.UserId == coInstructorId, Ct));
        Assert.Equal(1, rows);
    }

    [Fact]
    public async Task JoiningOneLeagueTwiceAtOnce_SucceedsBothTimes_AndEntersTheClassroomOnce()
    {
        using var owner = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var created = await owner.PostAsJsonAsync("/api/v1/leagues", new { name = "Steppe Cup", minClassSize = 1 }, Ct);
        await AssertStatusAsync(created, HttpStatusCode.Created);
        using var league = JsonDocument.Parse(await created.Content.ReadAsStringAsync(Ct));
        var leagueId = league.RootElement.GetProperty("id").GetGuid();
        var code = league.RootElement.GetProperty("joinCode").GetString();
        var classroomId = await ClassroomIdAsync(LearnSeed.Ir101Code);

        var responses = await AtOnceAsync(4, () => owner.PostAsJsonAsync("/api/v1/leagues/join", new { code, classroomId }, Ct));

        foreach (var response in responses)
        {
            await AssertStatusAsync(response, HttpStatusCode.OK);
        }

        var memberships = await LearnSeed.ReadAsync(factory, db => db.Leagues.AsNoTracking().Where(l => l.Id == leagueId)
            .SelectMany(l => l.Memberships).CountAsync(m => m.ClassroomId == classroomId, Ct));
        Assert.Equal(1, memberships);
    }

    [Fact]
    public async Task SavingAnApprovedQuestionTwiceAtOnce_GivesBothTheSameNewVersion()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings());
        var questionId = quiz.QuestionIds[0];
        using var owner = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);

        var responses = await AtOnceAsync(4, () => owner.PutAsJsonAsync($"/api/v1/questions/{questionId}", Edit("Which forum did Kazakhstan propose in 1992?"), Ct));

        var numbers = new List<int>();
        foreach (var response in responses)
        {
            await AssertStatusAsync(response, HttpStatusCode.OK);
            numbers.Add((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("version").GetInt32());
        }

        var versions = await VersionNumbersAsync(questionId);
        Assert.Equal([1, 2], versions);
        Assert.All(numbers, n => Assert.Equal(2, n));
    }

    [Fact]
    public async Task TwoDifferentEditsOfAnApprovedQuestionAtOnce_NeverFail_AndNumberEveryVersionOnce()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings());
        var questionId = quiz.QuestionIds[0];
        using var owner = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var stems = new[] { "Which forum did Kazakhstan propose at the UN?", "Which forum did Kazakhstan put forward in 1992?" };
        var next = 0;

        var responses = await AtOnceAsync(2, () => owner.PutAsJsonAsync($"/api/v1/questions/{questionId}", Edit(stems[Interlocked.Increment(ref next) - 1]), Ct));

        foreach (var response in responses)
        {
            // The later of two different edits is told to look first (409) unless it came after the other had saved.
            await AssertStatusAsync(response, HttpStatusCode.OK, HttpStatusCode.Conflict);
        }

        var versions = await VersionNumbersAsync(questionId);
        Assert.Equal(Enumerable.Range(1, versions.Count), versions);
        Assert.Equal(1 + responses.Count(r => r.StatusCode == HttpStatusCode.OK), versions.Count);
    }

    // A short-answer version of the seeded multiple-choice question (type 5); its source sentence is kept.
    private static object Edit(string stem) => new { type = 5, stem, acceptedAnswers = new[] { LearnSeed.ShortAnswer } };

    private Task<List<int>> VersionNumbersAsync(Guid questionId) =>
        LearnSeed.ReadAsync(factory, db => db.QuestionVersions.AsNoTracking().Where(v => v.QuestionId == questionId).Select(v => v.Number).OrderBy(n => n).ToListAsync(Ct));

    private Task<Guid> ClassroomIdAsync(string joinCode) =>
        LearnSeed.ReadAsync(factory, db => db.Classrooms.AsNoTracking().Where(c => c.JoinCode == Domain.Classrooms.JoinCode.Parse(joinCode)).Select(c => c.Id).SingleAsync(Ct));
}
