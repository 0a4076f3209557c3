namespace IRLearn.Web.Tests.Teach;

/// <summary>The instructor's pages without JavaScript: review, lesson editing, quiz building and classrooms.</summary>
public sealed class TeachWorkflowTests(IRLearnWebFactory factory) : IClassFixture<IRLearnWebFactory>
{
    [Fact]
    public async Task ReviewPage_MarksEachSourceSentence_AndApprovesOneOrManyAtOnce()
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var imported = await TeachData.ImportSeedAsync(api, "Review page");
        using var session = await TeachData.SignedInAsync(factory, DemoAccounts.Instructor);
        var page = $"/Teach/Lessons/Questions/{imported.LessonId}";

        var html = await session.Client.GetStringAsync(page);
        using (var bank = await TeachData.GetJsonAsync(api, $"/api/v1/lessons/{imported.LessonId}/questions"))
        {
            var sentence = bank.RootElement.GetProperty("questions")[0].GetProperty("source").GetProperty("sentence").GetString()!;
            Assert.Contains($"<mark>{WebUtility.HtmlEncode(sentence)}</mark>", html, StringComparison.Ordinal);
        }

        var ids = await TeachData.QuestionIdsAsync(api, imported.LessonId);
        var single = await TeachData.PostFormAsync(session, $"{page}?handler=Review", [new("one", $"{ids[0]}:Approve")], page);
        var bulk = await TeachData.PostFormAsync(session, $"{page}?handler=Review", [new("ids", ids[1].ToString()), new("ids", ids[2].ToString()), new("decision", "Approve")], page);
        var reject = await TeachData.PostFormAsync(session, $"{page}?handler=Review", [new("one", $"{ids[3]}:Reject")], page);

        Assert.All([single, bulk, reject], r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(ids.Take(3).Order(), (await TeachData.QuestionIdsAsync(api, imported.LessonId, "?status=1")).Order());
        Assert.Equal([ids[3]], await TeachData.QuestionIdsAsync(api, imported.LessonId, "?status=2"));
        var filtered = await session.Client.GetStringAsync($"{page}?Status=1");
        Assert.Contains("Showing 3 of", filtered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditingAnApprovedQuestion_CreatesVersion2_WhileAProposedOneIsEditedInPlace()
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var imported = await TeachData.ImportSeedAsync(api, "Versioning");
        var ids = await TeachData.QuestionIdsAsync(api, imported.LessonId);
        await TeachData.ReviewAsync(api, [ids[0]]);
        using var session = await TeachData.SignedInAsync(factory, DemoAccounts.Instructor);

        foreach (var id in ids.Take(2))
        {
            var form = $"/Teach/Questions/Edit/{id}";
            var fields = new List<KeyValuePair<string, string>>
            {
                new("Input.Type", "5"),
                new("Input.Stem", "Which city hosted the CIS summit in October?"),
                new("Input.AcceptedAnswers", "Bishkek"),
                new("Input.Difficulty", "0"),
            };
            var response = await TeachData.PostFormAsync(session, form, fields, form);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        using var approved = await TeachData.GetJsonAsync(api, $"/api/v1/questions/{ids[0]}");
        using var proposed = await TeachData.GetJsonAsync(api, $"/api/v1/questions/{ids[1]}");
        Assert.Equal(2, approved.RootElement.GetProperty("version").GetInt32());
        Assert.Equal(1, approved.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(1, proposed.RootElement.GetProperty("version").GetInt32());
        Assert.Equal("Which city hosted the CIS summit in October?", approved.RootElement.GetProperty("stem").GetString());
        Assert.NotNull(approved.RootElement.GetProperty("source").GetProperty("sentence").GetString());
    }

    public static TheoryData<string, object> EveryType => new()
    {
        { "MultipleChoice", new { type = 0, stem = "Capital of Kazakhstan?", options = new[] { new { text = "Astana", isCorrect = true }, new { text = "Almaty", isCorrect = false } } } },
        { "MultipleResponse", new { type = 1, stem = "Central Asian states?", options = new[] { new { text = "Kazakhstan", isCorrect = true }, new { text = "Kyrgyzstan", isCorrect = true }, new { text = "Poland", isCorrect = false } } } },
        { "TrueFalse", new { type = 2, stem = "Kazakhstan is landlocked.", options = new[] { new { text = "True", isCorrect = true }, new { text = "False", isCorrect = false } } } },
        { "FillInBlank", new { type = 3, stem = "CICA was initiated in ____.", acceptedAnswers = new List<string> { "1992" } } },
        { "Numeric", new { type = 4, stem = "In what year was CICA initiated?", numericValue = 1992, numericTolerance = 0 } },
        { "ShortAnswer", new { type = 5, stem = "Who is Kazakhstan's president?", acceptedAnswers = new List<string> { "Tokayev", "Kassym-Jomart Tokayev" } } },
        { "Matching", new { type = 6, stem = "Match the acronym.", pairs = new[] { new { left = "CIS", right = "Commonwealth of Independent States" }, new { left = "CICA", right = "Conference on Interaction" } } } },
    };

    [Theory]
    [MemberData(nameof(EveryType))]
    public async Task QuestionOfEveryType_CanBeAddedByHand(string type, object question)
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var imported = await TeachData.ImportSeedAsync(api, $"Hand-written {type}");

        var response = await api.PostAsJsonAsync($"/api/v1/lessons/{imported.LessonId}/questions", question);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<TeachData.IdBody>())!.Id;
        using var stored = await TeachData.GetJsonAsync(api, $"/api/v1/questions/{id}");
        Assert.Equal(1, stored.RootElement.GetProperty("origin").GetInt32());
        Assert.Equal(0, stored.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task HandWrittenQuestion_ThatBreaksItsTypesRules_Is400AndNotAdded()
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var imported = await TeachData.ImportSeedAsync(api, "Bad question");
        var before = (await TeachData.QuestionIdsAsync(api, imported.LessonId)).Count;

        var noCorrect = await api.PostAsJsonAsync($"/api/v1/lessons/{imported.LessonId}/questions", new { type = 0, stem = "Pick", options = new[] { new { text = "a", isCorrect = false }, new { text = "b", isCorrect = false } } });
        var noBlank = await api.PostAsJsonAsync($"/api/v1/lessons/{imported.LessonId}/questions", new { type = 3, stem = "No blank here", acceptedAnswers = new List<string> { "x" } });

        Assert.Equal(HttpStatusCode.BadRequest, noCorrect.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noBlank.StatusCode);
        Assert.Equal(before, (await TeachData.QuestionIdsAsync(api, imported.LessonId)).Count);
    }

    [Fact]
    public async Task LessonEditor_SavesEveryPart_ShowsTitlesEscaped_AndPublishesAndUnpublishes()
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var imported = await TeachData.ImportSeedAsync(api, "Editor");
        using var session = await TeachData.SignedInAsync(factory, DemoAccounts.Instructor);
        var page = $"/Teach/Lessons/Edit/{imported.LessonId}";
        const string Xss = "<script>alert('x')</script> Steppe diplomacy";

        var saved = await TeachData.PostFormAsync(session, page,
        [
            new("Input.Title", Xss),
            new("Input.Summary", "Kazakhstan's multi-vector policy."),
            new("Input.Sections[0].Heading", "Bridge"),
            new("Input.Sections[0].Text", "Astana links Europe and Asia."),
            new("Input.Sections[1].Heading", ""),
            new("Input.Sections[1].Text", ""),
            new("Input.KeyTerms", "CIS = Commonwealth of Independent States\nCICA = Conference on Interaction and Confidence Building Measures in Asia"),
            new("Input.Objectives", "Explain multi-vector policy\nName two regional bodies"),
            new("Input.Tags", "Kazakhstan, Central Asia"),
        ], page);
        var published = await TeachData.PostFormAsync(session, $"{page}?handler=Publish", [], page);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        using (var lesson = await TeachData.GetJsonAsync(api, $"/api/v1/lessons/{imported.LessonId}"))
        {
            var root = lesson.RootElement;
            Assert.Equal(Xss, root.GetProperty("title").GetString());
            Assert.Equal(1, root.GetProperty("sections").GetArrayLength());
            Assert.Equal(2, root.GetProperty("keyTerms").GetArrayLength());
            Assert.Equal(2, root.GetProperty("objectives").GetArrayLength());
            Assert.Equal(["Kazakhstan", "Central Asia"], root.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!));
            Assert.Equal(1, root.GetProperty("status").GetInt32());
        }

        var list = await session.Client.GetStringAsync("/Teach/Lessons/Index");
        Assert.DoesNotContain("<script>alert", list, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert", list, StringComparison.Ordinal);

        await TeachData.PostFormAsync(session, $"{page}?handler=Unpublish", [], page);
        using var after = await TeachData.GetJsonAsync(api, $"/api/v1/lessons/{imported.LessonId}");
        Assert.Equal(0, after.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task LessonEditor_RefusesAnEmptyTitleOrAKeyTermWithoutExpansion_AndChangesNothing()
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var imported = await TeachData.ImportSeedAsync(api, "Kept title");
        using var session = await TeachData.SignedInAsync(factory, DemoAccounts.Instructor);
        var page = $"/Teach/Lessons/Edit/{imported.LessonId}";

        var response = await TeachData.PostFormAsync(session, page, [new("Input.Title", "New title"), new("Input.KeyTerms", "CICA")], page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("expansion is required", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var lesson = await TeachData.GetJsonAsync(api, $"/api/v1/lessons/{imported.LessonId}");
        Assert.Equal("Kept title", lesson.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task QuizBuilder_FixedQuestionsDrawRulesAndSettings_ThenPreviewShowsNoAnswerKey()
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var imported = await TeachData.ImportSeedAsync(api, "Quiz source");
        var ids = await TeachData.QuestionIdsAsync(api, imported.LessonId);
        await TeachData.ReviewAsync(api, ids.Take(6));
        using var session = await TeachData.SignedInAsync(factory, DemoAccounts.Instructor);

        var created = await session.PostFormAsync("/Teach/Quizzes/Index", new Dictionary<string, string> { ["Input.Title"] = "Week 1 quiz" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var builder = created.Headers.Location!.OriginalString;
        var quizId = Guid.Parse(builder.Split('/')[^1]);

        // Two fixed questions from different sentences: twins would leave one out of every attempt (ADR 14).
        var sentences = await Learn.LearnSeed.ReadAsync(factory, db => db.Questions.AsNoTracking().Where(q => ids.Contains(q.Id)).ToListAsync());
        var sentenceOf = sentences.ToDictionary(q => q.Id, q => Domain.QuestionBank.SourceTwins.KeyOf(q.CurrentVersion.Content));
        var second = ids.Skip(1).Take(5).First(id => sentenceOf[id] != sentenceOf[ids[0]]);
        var added = await TeachData.PostFormAsync(session, $"{builder}?handler=AddQuestions", [new("questionIds", ids[0].ToString()), new("questionIds", second.ToString()), new("points", "2")], builder);
        var notApproved = await TeachData.PostFormAsync(session, $"{builder}?handler=AddQuestions", [new("questionIds", ids[7].ToString())], builder);
        var rule = await TeachData.PostFormAsync(session, $"{builder}?handler=AddRule", [new("ruleLessonId", imported.LessonId.ToString()), new("ruleCount", "2"), new("rulePoints", "1")], builder);
        var settings = await TeachData.PostFormAsync(session, $"{builder}?handler=Settings",
        [
            new("Settings.Title", "Week 1 quiz"),
            new("Settings.TimeLimitMinutes", "20"),
            new("Settings.AttemptsAllowed", "2"),
            new("Settings.ShuffleQuestions", "true"),
            new("Settings.AvailableFrom", "2026-12-01T08:00"),
            new("Settings.AvailableUntil", "2026-12-20T08:00"),
            new("Settings.FeedbackPolicy", "2"),
            new("Settings.PassingScorePercent", "60"),
            new("Settings.GradingMethod", "1"),
        ], builder);
        var publish = await TeachData.PostFormAsync(session, $"{builder}?handler=Publish", [], builder);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.OK, notApproved.StatusCode);
        Assert.Contains("Only approved questions", await notApproved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.All([rule, settings, publish], r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        using (var quiz = await TeachData.GetJsonAsync(api, $"/api/v1/quizzes/{quizId}"))
        {
            var root = quiz.RootElement;
            Assert.Equal(2, root.GetProperty("items").GetArrayLength());
            Assert.Equal(1, root.GetProperty("drawRules").GetArrayLength());
            Assert.Equal(6m, root.GetProperty("totalPoints").GetDecimal());
            Assert.Equal(1, root.GetProperty("status").GetInt32());
            var s = root.GetProperty("settings");
            Assert.Equal(2, s.GetProperty("attemptsAllowed").GetInt32());
            Assert.Equal(60m, s.GetProperty("passingScorePercent").GetDecimal());
            Assert.Equal(2, s.GetProperty("feedbackPolicy").GetInt32());
            Assert.Equal(1, s.GetProperty("gradingMethod").GetInt32());
            Assert.False(s.GetProperty("shuffleOptions").GetBoolean());
        }

        var preview = WebUtility.HtmlDecode(await session.Client.GetStringAsync($"/Teach/Quizzes/Preview/{quizId}"));
        using var stem = await TeachData.GetJsonAsync(api, $"/api/v1/questions/{ids[0]}");
        Assert.Contains(stem.RootElement.GetProperty("stem").GetString()!, preview, StringComparison.Ordinal);
        Assert.DoesNotContain("answer-key", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("correct", preview, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Accepted answers", preview, StringComparison.Ordinal);
        var apiPreview = await api.GetStringAsync($"/api/v1/quizzes/{quizId}/preview");
        Assert.DoesNotContain("isCorrect", apiPreview, StringComparison.Ordinal);
        Assert.DoesNotContain("acceptedAnswers", apiPreview, StringComparison.Ordinal);
        Assert.DoesNotContain("numericAnswer", apiPreview, StringComparison.Ordinal);
        using var previewJson = JsonDocument.Parse(apiPreview);
        Assert.Equal(4, previewJson.RootElement.GetProperty("questions").GetArrayLength());
    }

    [Fact]
    public async Task Classroom_CreateRegenerateCoInstructAssignOverrideAndRemove()
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var imported = await TeachData.ImportSeedAsync(api, "Classroom quiz source");
        var ids = await TeachData.QuestionIdsAsync(api, imported.LessonId);
        await TeachData.ReviewAsync(api, ids.Take(2));
        var quizId = await TeachData.CreatePublishedQuizAsync(api, ids.Take(2), "Assigned quiz");
        using var session = await TeachData.SignedInAsync(factory, DemoAccounts.Instructor);

        var created = await session.PostFormAsync("/Teach/Classrooms/Index", new Dictionary<string, string> { ["Name"] = "IR 305 Eurasia" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = created.Headers.Location!.OriginalString;
        var classroomId = Guid.Parse(page.Split('/')[^1]);
        string firstCode;
        using (var classroom = await TeachData.GetJsonAsync(api, $"/api/v1/classrooms/{classroomId}"))
        {
            firstCode = classroom.RootElement.GetProperty("joinCode").GetString()!;
        }

        Assert.Contains(firstCode, await session.Client.GetStringAsync(page), StringComparison.Ordinal);
        await TeachData.PostFormAsync(session, $"{page}?handler=RegenerateCode", [], page);
        var coInstructor = await TeachData.PostFormAsync(session, $"{page}?handler=AddInstructor", [new("instructorEmail", DemoAccounts.OtherInstructor)], page);
        var notInstructor = await TeachData.PostFormAsync(session, $"{page}?handler=AddInstructor", [new("instructorEmail", DemoAccounts.Student)], page);
        var assigned = await TeachData.PostFormAsync(session, $"{page}?handler=Assign",
        [
            new("Assign.QuizId", quizId.ToString()),
            new("Assign.OpensAt", DateTime.UtcNow.AddHours(-1).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture)),
            new("Assign.DueAt", DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture)),
        ], page);

        Assert.Equal(HttpStatusCode.Redirect, coInstructor.StatusCode);
        Assert.Equal(HttpStatusCode.OK, notInstructor.StatusCode);
        Assert.Contains("no instructor with that e-mail", await notInstructor.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);

        // A student joins with the new code (the student's own API is another area's; the domain rule is what matters here).
        using var joined = await TeachData.GetJsonAsync(api, $"/api/v1/classrooms/{classroomId}");
        Assert.NotEqual(firstCode, joined.RootElement.GetProperty("joinCode").GetString());
        Assert.Equal(2, joined.RootElement.GetProperty("instructors").GetArrayLength());
        var assignmentId = joined.RootElement.GetProperty("assignments")[0].GetProperty("id").GetGuid();

        // The co-instructor now shares the classroom.
        using var other = await TeachData.SignedInAsync(factory, DemoAccounts.OtherInstructor);
        Assert.Equal(HttpStatusCode.OK, (await other.Client.GetAsync(page)).StatusCode);

        // Overrides need an enrolled student; IR 101's roster comes from the demo data.
        var ir101 = await ClassroomIdAsync(api, "IR 101");
        using var roster = await TeachData.GetJsonAsync(api, $"/api/v1/classrooms/{ir101}");
        var studentId = roster.RootElement.GetProperty("roster")[0].GetProperty("studentId").GetString()!;
        var ir101Assignment = await api.PostAsJsonAsync($"/api/v1/classrooms/{ir101}/assignments", new { quizId, opensAt = DateTimeOffset.UtcNow, dueAt = DateTimeOffset.UtcNow.AddDays(3) });
        Assert.Equal(HttpStatusCode.Created, ir101Assignment.StatusCode);
        var ir101AssignmentId = (await ir101Assignment.Content.ReadFromJsonAsync<TeachData.IdBody>())!.Id;
        var ir101Page = $"/Teach/Classrooms/Details/{ir101}";

        var noReason = await TeachData.PostFormAsync(session, $"{ir101Page}?handler=Override",
            [new("Override.AssignmentId", ir101AssignmentId.ToString()), new("Override.StudentId", studentId), new("Override.ExtraMinutes", "15")], ir101Page);
        var withReason = await TeachData.PostFormAsync(session, $"{ir101Page}?handler=Override",
            [new("Override.AssignmentId", ir101AssignmentId.ToString()), new("Override.StudentId", studentId), new("Override.ExtraMinutes", "15"), new("Override.ExtraAttempts", "1"), new("Override.Reason", "Documented accommodation")], ir101Page);
        var removed = await TeachData.PostFormAsync(session, $"{ir101Page}?handler=RemoveStudent&studentId={Uri.EscapeDataString(studentId)}", [], ir101Page);

        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("Give a reason", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, withReason.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        using var after = await TeachData.GetJsonAsync(api, $"/api/v1/classrooms/{ir101}");
        var overrides = after.RootElement.GetProperty("assignments").EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == ir101AssignmentId).GetProperty("overrides");
        Assert.Equal(1, overrides.GetArrayLength());
        Assert.Equal(15, overrides[0].GetProperty("extraMinutes").GetInt32());
        Assert.Equal("Documented accommodation", overrides[0].GetProperty("reason").GetString());
        Assert.DoesNotContain(after.RootElement.GetProperty("roster").EnumerateArray(), s => s.GetProperty("studentId").GetString() == studentId);
        Assert.NotEqual(Guid.Empty, assignmentId);
    }

    private static async Task<Guid> ClassroomIdAsync(HttpClient api, string name)
    {
        using var classrooms = await TeachData.GetJsonAsync(api, "/api/v1/classrooms");
        return classrooms.RootElement.EnumerateArray().First(c => c.GetProperty("name").GetString()!.StartsWith(name, StringComparison.Ordinal)).GetProperty("id").GetGuid();
    }
}
