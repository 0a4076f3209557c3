using static IRLearn.Web.Tests.Leaderboards.LeaderboardScenario;

namespace IRLearn.Web.Tests.Leaderboards;

/// <summary>
/// Many grades at once, each through its own scope and DbContext as concurrent requests would be,
/// while boards are being read: the totals must equal the ones worked out by hand below.
/// </summary>
public sealed class ConcurrentGradingTests
{
    [Fact]
    public async Task ParallelGrading_ProducesExactlyTheHandComputedBoards()
    {
        using var factory = new IRLearnWebFactory();
        var services = factory.Services;
        var ir101 = await ClassroomIdAsync(services, Ir101);
        var students = (await ActiveStudentIdsAsync(services, ir101)).Order(StringComparer.Ordinal).ToList();
        var quizA = await AssignQuizAsync(services, ir101, "Quiz A");
        var quizB = await AssignQuizAsync(services, ir101, "Quiz B");
        var instructor = await UserIdAsync(services, DemoAccounts.Instructor);
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var league = await api.PostAsJsonAsync("/api/v1/leagues", new { name = "Load", minClassSize = 5 });
        using var created = JsonDocument.Parse(await league.Content.ReadAsStringAsync());
        var leagueId = created.RootElement.GetProperty("id").GetGuid();
        (await api.PostAsJsonAsync("/api/v1/leagues/join", new { code = created.RootElement.GetProperty("joinCode").GetString(), classroomId = ir101 })).EnsureSuccessStatusCode();
        Assert.Equal(10, students.Count);

        // Round 1, all 20 first attempts at once. Student i answers i % 3 questions of A right
        // and (i + 1) % 3 of B, so each quiz gives 0, 50 or 100 points.
        var reads = Enumerable.Range(0, 10).Select(_ => api.GetAsync($"/api/v1/leaderboards/classrooms/{ir101}"));
        var firsts = students.SelectMany((s, i) => new[]
        {
            TakeAsync(services, quizA, s, correct: i % 3),
            TakeAsync(services, quizB, s, correct: (i + 1) % 3),
        }).ToList();
        await Task.WhenAll(reads.Cast<Task>().Concat(firsts));
        var firstAtA = firsts.Where((_, index) => index % 2 == 0).Select(t => t.Result).ToList();

        // Round 2, at once: everyone retakes A with full marks (must not count), and the instructor
        // overrides student 0's first attempt at A to 2 of 2 (must count).
        await Task.WhenAll(students.Select(s => (Task)TakeAsync(services, quizA, s, correct: 2))
            .Append(OverrideAsync(services, firstAtA[0], 2m, instructor)));

        var board = await BoardJson.GetAsync(api, $"/api/v1/leaderboards/classrooms/{ir101}");
        var standings = await BoardJson.GetAsync(api, $"/api/v1/leagues/{leagueId}/standings");

        //            i:    0    1    2    3    4    5    6    7    8    9
        // A (i % 3):       0   50  100    0   50  100    0   50  100    0   (student 0 overridden to 100)
        // B ((i+1) % 3):  50  100    0   50  100    0   50  100    0   50
        // total:         150  150  100   50  150  100   50  150  100   50   = 1050 → 105.00 per student
        decimal[] expected = [150, 150, 100, 50, 150, 100, 50, 150, 100, 50];
        var points = board.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("points").GetDecimal()).ToList();
        Assert.Equal(expected.OrderDescending(), points);
        Assert.Equal(1050m, points.Sum());
        Assert.All(board.GetProperty("rows").EnumerateArray(), r => Assert.Equal(2, r.GetProperty("quizzesTaken").GetInt32()));
        Assert.Equal([(Ir101, 105.00m, 100.0m)], BoardJson.ClassRows(standings));
    }
}
