namespace IRLearn.Application.FunctionalTests.Leaderboards;

/// <summary>Boards: a student's chosen alias, the quiz board after grading, and leagues of classrooms; each visible only to its members.</summary>
public sealed class LeaderboardTests(TestApp app) : IClassFixture<TestApp>
{
    private const string Outsider = "omar.haddad@students.irlearn.test";
    private const string Classmate = "daniel.okafor@students.irlearn.test";

    [Fact]
    public async Task AStudentsAlias_NamesThemOnTheBoards_AndAMarkupAliasChangesNothing()
    {
        var quiz = await Scenario.AssignedQuizAsync(app);
        await Scenario.SubmittedAttemptAsync(app, quiz, Scenario.ThreeRight);

        await app.SendAsync(new SetLeaderboardAliasCommand(quiz.ClassroomId, "Baltic Fox"));
        await Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new SetLeaderboardAliasCommand(quiz.ClassroomId, "<b>Fox</b>")));

        var board = await app.SendAsync(new GetClassroomLeaderboardQuery(quiz.ClassroomId));
        Assert.Equal("Baltic Fox", board.MyAlias);
        var quizBoard = await app.SendAsync(new GetQuizLeaderboardQuery(quiz.AssignmentId));
        var row = Assert.Single(quizBoard.Rows);
        Assert.True(row.IsYou);
        Assert.Equal((3m, 7m), (row.Score, row.MaxScore));
        var mine = Assert.Single((await app.SendAsync(new ListMyLeaderboardsQuery())).Classrooms, c => c.Id == quiz.ClassroomId);
        Assert.False(mine.IsInstructor);
        Assert.Equal(quiz.AssignmentId, Assert.Single(mine.Assignments).Id);

        await app.RunAsAsync(Outsider);
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new SetLeaderboardAliasCommand(quiz.ClassroomId, "Intruder")));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new GetClassroomLeaderboardQuery(quiz.ClassroomId)));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new GetQuizLeaderboardQuery(quiz.AssignmentId)));
        Assert.DoesNotContain((await app.SendAsync(new ListMyLeaderboardsQuery())).Classrooms, c => c.Id == quiz.ClassroomId);
    }

    [Fact]
    public async Task TheClassBoard_GivesOnePage_AndTheStudentTheirOwnRowAndThePlaceAhead_WhereverTheyStand()
    {
        var quiz = await Scenario.AssignedQuizAsync(app);
        await Scenario.SubmittedAttemptAsync(app, quiz, Scenario.ThreeRight);
        await app.RunAsAsync(Classmate);
        await app.SendAsync(new JoinClassroomCommand(quiz.JoinCode));

        var board = await app.SendAsync(new GetClassroomLeaderboardQuery(quiz.ClassroomId, Page: 1, PageSize: 1));
        await Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new GetClassroomLeaderboardQuery(quiz.ClassroomId, Page: 0)));
        await Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new GetClassroomLeaderboardQuery(quiz.ClassroomId, PageSize: GetClassroomLeaderboardQuery.MaxPageSize + 1)));

        // 3 of 7 points is 42.86; the classmate has taken nothing and is second, on the second page of one.
        var top = Assert.Single(board.Rows);
        Assert.Equal((1, 42.86m, false), (top.Rank, top.Points, top.IsYou));
        Assert.Equal((2, 0m, true), (board.You!.Rank, board.You.Points, board.You.IsYou));
        Assert.Equal(top, board.AheadOfYou);
        Assert.Equal((2, 1, 2, 2), (board.TotalStudents, board.Page, board.PageCount, board.YourPage));
        await app.RunAsAsync(DemoAccounts.Instructor);
        var instructors = await app.SendAsync(new GetClassroomLeaderboardQuery(quiz.ClassroomId, Page: 5, PageSize: 1));
        Assert.Equal((2, 2, null, null), (instructors.Page, instructors.Rows[0].Rank, instructors.You, instructors.YourPage));
    }

    [Fact]
    public async Task AClassroomJoinsALeagueWithItsCode_OnlyByOneOfItsInstructors()
    {
        var quiz = await Scenario.AssignedQuizAsync(app);
        await app.RunAsAsync(DemoAccounts.Instructor);
        await Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new CreateLeagueCommand(string.Empty)));
        var league = await app.SendAsync(new CreateLeagueCommand("Baltic universities"));

        await app.RunAsAsync(DemoAccounts.OtherInstructor);
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new JoinLeagueCommand(league.JoinCode, quiz.ClassroomId)));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new GetLeagueStandingsQuery(league.Id)));
        await app.RunAsAsync(DemoAccounts.Instructor);
        await Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new JoinLeagueCommand("not a code!", quiz.ClassroomId)));
        Assert.Empty((await app.SendAsync(new GetLeagueStandingsQuery(league.Id))).Unranked);

        Assert.Equal(league.Id, await app.SendAsync(new JoinLeagueCommand(league.JoinCode, quiz.ClassroomId)));

        var standings = await app.SendAsync(new GetLeagueStandingsQuery(league.Id));
        Assert.True(standings.IsOwner);
        var entry = Assert.Single(standings.Ranked.Concat(standings.Unranked));
        Assert.Equal((quiz.ClassroomId, 1), (entry.ClassroomId, entry.Enrolled));
        Assert.Contains((await app.SendAsync(new ListMyLeaderboardsQuery())).Leagues, l => l.Id == league.Id && l.Classrooms == 1);
        await app.RunAsAsync(DemoAccounts.Student);
        Assert.Equal(league.Id, (await app.SendAsync(new GetLeagueStandingsQuery(league.Id))).LeagueId);
    }
}
