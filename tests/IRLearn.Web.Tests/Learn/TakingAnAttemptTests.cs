namespace IRLearn.Web.Tests.Learn;

/// <summary>A student without JavaScript: start, answer with plain form posts, reload, submit, see feedback.</summary>
public sealed class TakingAnAttemptTests(LearnWebFactory factory) : IClassFixture<LearnWebFactory>
{
    [Fact]
    public async Task EveryQuestionType_RendersAsALabelledFieldset()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings(timeLimit: TimeSpan.FromMinutes(20)));
        using var session = await LearnSession.StudentAsync(factory);

        var page = await session.OpenAsync(await session.StartAsync(quiz.AssignmentId));

        Assert.Equal(7, page.Questions.Count);
        Assert.All(page.Questions, q => Assert.Contains($"<legend", q.Html, StringComparison.Ordinal));
        Assert.Equal(4, page.Question(SeedAnswers.Mc).Options.Count);
        Assert.Contains("type=\"radio\"", page.Question(SeedAnswers.Mc).Html, StringComparison.Ordinal);
        Assert.Contains("type=\"checkbox\"", page.Question(SeedAnswers.Mr).Html, StringComparison.Ordinal);
        Assert.Equal(["True", "False"], page.Question(SeedAnswers.Tf).Options);
        Assert.Contains("inputmode=\"decimal\"", page.Question(SeedAnswers.Numeric).Html, StringComparison.Ordinal);
        Assert.Contains("<textarea", page.Question(SeedAnswers.ShortText).Html, StringComparison.Ordinal);
        Assert.Equal(3, page.Question(SeedAnswers.Matching).MatchLeft.Count);
        // Every control has a label pointing at it.
        foreach (var question in page.Questions)
        {
            foreach (var id in System.Text.RegularExpressions.Regex.Matches(question.Html, "<(?:input|select|textarea) [^>]*id=\"([^\"]+)\"").Select(m => m.Groups[1].Value))
            {
                Assert.Contains($"for=\"{id}\"", question.Html, StringComparison.Ordinal);
            }
        }

        Assert.Contains("data-seconds-remaining=\"1200\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("/js/learn-attempt.js", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavedAnswers_AndTheShuffledOrder_SurviveAReload()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings());
        using var session = await LearnSession.StudentAsync(factory);
        var path = await session.StartAsync(quiz.AssignmentId);
        var first = await session.OpenAsync(path);

        var save = await session.PostFormAsync($"{path}?handler=Save", first.FormFor(SeedAnswers.AllRight()), tokenFrom: path);
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        var again = await session.OpenAsync(path);

        Assert.Equal(first.Questions.Select(q => q.Stem), again.Questions.Select(q => q.Stem));
        Assert.Equal(first.Questions.Select(q => string.Join("|", q.Options.Concat(q.MatchRight))), again.Questions.Select(q => string.Join("|", q.Options.Concat(q.MatchRight))));
        Assert.Equal(["1992"], again.Question(SeedAnswers.Mc).CheckedOptions);
        Assert.Equal(["Kazakhstan", "Uzbekistan"], again.Question(SeedAnswers.Mr).CheckedOptions.Order());
        Assert.Equal(LearnSeed.FillAnswer.ToUpperInvariant(), again.Question(SeedAnswers.Fill).Text);
        Assert.Equal("7646", again.Question(SeedAnswers.Numeric).Text);
        Assert.Equal("the " + LearnSeed.ShortAnswerExpansion, again.Question(SeedAnswers.ShortText).Text);
        Assert.Equal(["Security bloc", "Customs union", "Cultural league"], again.Question(SeedAnswers.Matching).SelectedRights);
        Assert.Contains("Your answers are saved", again.Html, StringComparison.Ordinal);

        // And they are in the database, not just echoed back.
        var responses = await LearnSeed.ReadAsync(factory, db => db.Attempts.Where(a => a.Id == LearnSession.AttemptIdOf(path)).SelectMany(a => a.Responses).CountAsync());
        Assert.Equal(7, responses);
    }

    [Fact]
    public async Task Submit_GradesEveryType_AndShowsFeedbackAfterSubmission()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings(FeedbackPolicy.AfterSubmission));
        using var session = await LearnSession.StudentAsync(factory);
        var path = await session.StartAsync(quiz.AssignmentId);
        var page = await session.OpenAsync(path);
        var answers = SeedAnswers.AllRight();
        answers[SeedAnswers.Mr] = new(Options: ["Kazakhstan", "Mongolia"]); // one right, one wrong: 0 points by the partial-credit rule

        var submit = await session.PostFormAsync($"{path}?handler=Submit", page.FormFor(answers), tokenFrom: path);
        Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);
        var result = await session.Client.GetStringAsync(path);

        Assert.Contains("6 / 7", result, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"feedback\"", result, StringComparison.Ordinal);
        Assert.Contains($"{LearnSeed.ExplanationMarker}-MC", result, StringComparison.Ordinal);
        Assert.Contains($"{LearnSeed.SourceMarker} Kazakhstan proposed", result, StringComparison.Ordinal);
        Assert.Contains(LearnSeed.FillAnswer, result, StringComparison.Ordinal);
        var attempt = await LearnSeed.ReadAsync(factory, db => db.Attempts.AsNoTracking().SingleAsync(a => a.Id == LearnSession.AttemptIdOf(path)));
        Assert.Equal(AttemptStatus.Graded, attempt.Status);
        Assert.Equal(6m, attempt.Score);
    }

    [Fact]
    public async Task SubmittingTwice_IsOneSubmission()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings(attemptsAllowed: 3));
        using var session = await LearnSession.StudentAsync(factory);
        var path = await session.StartAsync(quiz.AssignmentId);
        var page = await session.OpenAsync(path);
        var form = page.FormFor(SeedAnswers.AllRight());
        var token = await session.GetAntiforgeryTokenAsync(path);
        form["__RequestVerificationToken"] = token;

        // Two posts of the same form, as a double click or a second tab would send them.
        var responses = await Task.WhenAll(
            session.Client.PostAsync($"{path}?handler=Submit", new FormUrlEncodedContent(form)),
            session.Client.PostAsync($"{path}?handler=Submit", new FormUrlEncodedContent(form)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var attempts = await LearnSeed.ReadAsync(factory, db => db.Attempts.AsNoTracking().Where(a => a.AssignmentId == quiz.AssignmentId).ToListAsync());
        var attempt = Assert.Single(attempts);
        Assert.Equal(AttemptStatus.Graded, attempt.Status);
        Assert.Equal(7m, attempt.Score);
    }

    [Fact]
    public async Task StartingAgain_WhileAnAttemptIsOpen_ResumesIt()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings(attemptsAllowed: 1));
        using var session = await LearnSession.StudentAsync(factory);

        var first = await session.StartAsync(quiz.AssignmentId);
        var second = await session.StartAsync(quiz.AssignmentId);

        Assert.Equal(first, second);
        var html = await session.Client.GetStringAsync($"/Learn/Assignments/{quiz.AssignmentId}");
        Assert.Contains("Continue your attempt", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AttemptsAllowed_IsEnforced_AndAnOverrideAddsOne()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings(attemptsAllowed: 1));
        using var session = await LearnSession.StudentAsync(factory);
        var path = await session.StartAsync(quiz.AssignmentId);
        await session.PostFormAsync($"{path}?handler=Submit", new Dictionary<string, string>(), tokenFrom: path);

        var assignmentPath = $"/Learn/Assignments/{quiz.AssignmentId}";
        Assert.Contains("You have used all your attempts.", await session.Client.GetStringAsync(assignmentPath), StringComparison.Ordinal);
        var refused = await session.PostFormAsync($"{assignmentPath}?handler=Start", new Dictionary<string, string>(), tokenFrom: assignmentPath);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("No attempts are left", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var studentId = await LearnSeed.UserIdAsync(factory, DemoAccounts.Student);
        var instructorId = await LearnSeed.UserIdAsync(factory, DemoAccounts.Instructor);
        await LearnSeed.ChangeAsync(factory, async (db, now) =>
        {
            var classroom = await db.Classrooms.SingleAsync(c => c.Id == quiz.ClassroomId);
            classroom.SetOverride(quiz.AssignmentId, studentId, TimeSpan.Zero, 1, null, "Was ill during the first attempt", instructorId, now);
        });

        var retry = await session.StartAsync(quiz.AssignmentId);
        Assert.NotEqual(path, retry);
    }

    [Fact]
    public async Task AMalformedNumber_GetsAClearMessage_AndChangesNothing()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings());
        using var session = await LearnSession.StudentAsync(factory);
        var path = await session.StartAsync(quiz.AssignmentId);
        var page = await session.OpenAsync(path);

        var response = await session.PostFormAsync($"{path}?handler=Save", page.FormFor(new Dictionary<string, SeedAnswer>
        {
            [SeedAnswers.Mc] = new(Options: ["1997"]),
            [SeedAnswers.Numeric] = new(Text: "about seven thousand"),
        }), tokenFrom: path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("enter a number", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var saved = await LearnSeed.ReadAsync(factory, db => db.Attempts.Where(a => a.Id == LearnSession.AttemptIdOf(path)).SelectMany(a => a.Responses).CountAsync());
        Assert.Equal(0, saved);
    }
}
