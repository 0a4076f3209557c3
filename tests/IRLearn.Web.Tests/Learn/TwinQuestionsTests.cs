using IRLearn.Domain.Classrooms;

namespace IRLearn.Web.Tests.Learn;

/// <summary>
/// Questions from one source sentence give each other away (a true/false quoting the sentence a fill-in
/// blanks): the quiz builder says so beside each twin, and no attempt ever holds two of them (issue 17, ADR 14).
/// </summary>
public sealed class TwinQuestionsTests(LearnWebFactory factory) : IClassFixture<LearnWebFactory>
{
    private const string Capital = "The delegates met in the northern capital in the spring of 2019.";
    private const string Budget = "The secretariat's budget grew by a fifth after the summit.";
    private const string Members = "Nine states joined the forum in its first decade.";
    private const string Dues = "Each member pays dues in proportion to its trade.";
    private const string Seat = "The forum keeps a small office beside the harbour.";

    [Fact]
    public async Task TwentyAttempts_NeverHoldTwoQuestionsFromOneSentence()
    {
        var seeded = await SeedAsync();
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Student);

        for (var attempt = 1; attempt <= 20; attempt++)
        {
            var start = await api.PostAsync($"/api/v1/learn/assignments/{seeded.AssignmentId}/attempts", null);
            Assert.Equal(HttpStatusCode.Created, start.StatusCode);
            var attemptId = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("attemptId").GetGuid();
            var json = await api.GetFromJsonAsync<JsonElement>($"/api/v1/learn/attempts/{attemptId}");
            var stems = json.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("stem").GetString()!).ToList();

            // Two fixed items (the later fixed twin left out) and three drawn, one per sentence and none
            // from the fixed items' sentences.
            Assert.Equal(5, stems.Count);
            Assert.Contains(seeded.FixedKept, stems);
            Assert.DoesNotContain(seeded.FixedLeftOut, stems);
            var sentences = stems.Select(s => seeded.SentenceOfStem[s]).ToList();
            Assert.Equal(sentences.Count, sentences.Distinct().Count());

            Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/v1/learn/attempts/{attemptId}/submit", new { })).StatusCode);
        }
    }

    [Fact]
    public async Task QuizBuilder_WarnsBesideEachTwin_NamingTheOtherAndWhichIsLeftOut()
    {
        var seeded = await SeedAsync();
        using var session = BrowserSession.Create(factory);
        await session.LogInAsync(DemoAccounts.Instructor);

        var html = await session.Client.GetStringAsync($"/Teach/Quizzes/Edit/{seeded.QuizId}");

        var warnings = System.Text.RegularExpressions.Regex.Matches(html, "<p [^>]*data-testid=\"twin-warning\">([\\s\\S]*?)</p>")
            .Select(m => System.Text.RegularExpressions.Regex.Replace(WebUtility.HtmlDecode(m.Groups[1].Value), "<[^>]+>|\\s+", " ").Trim())
            .ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains($"question 3 (“{seeded.FixedLeftOut}”) comes from the same source sentence", warnings[0], StringComparison.Ordinal);
        Assert.Contains("Attempts show this question and leave out question 3", warnings[0], StringComparison.Ordinal);
        Assert.Contains($"question 1 (“{seeded.FixedKept}”) comes from the same source sentence", warnings[1], StringComparison.Ordinal);
        Assert.Contains("Attempts leave this question out and show question 1 instead", warnings[1], StringComparison.Ordinal);
        Assert.All(warnings, w => Assert.StartsWith("Gives an answer away:", w, StringComparison.Ordinal));

        // The draw rule counts sentences, not questions.
        Assert.Contains("6 from 4 source sentences (one question per sentence is drawn)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePreview_FollowsTheTwinRule_AndTheTotalLeavesTheLeftOutTwinOut()
    {
        var seeded = await SeedAsync();
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);

        for (var sample = 1; sample <= 10; sample++)
        {
            var preview = await api.GetFromJsonAsync<JsonElement>($"/api/v1/quizzes/{seeded.QuizId}/preview");
            var stems = preview.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("stem").GetString()!).ToList();

            // What an attempt holds: the kept fixed twin, the other fixed item and three drawn, one per sentence.
            Assert.Equal(5, stems.Count);
            Assert.Contains(seeded.FixedKept, stems);
            Assert.DoesNotContain(seeded.FixedLeftOut, stems);
            var sentences = stems.Select(s => seeded.SentenceOfStem[s]).ToList();
            Assert.Equal(sentences.Count, sentences.Distinct().Count());

            // Three fixed items and three drawn at a point each, but the left-out twin is no point of any attempt.
            Assert.Equal(5m, preview.GetProperty("totalPoints").GetDecimal());
        }

        var builder = await api.GetFromJsonAsync<JsonElement>($"/api/v1/quizzes/{seeded.QuizId}");
        Assert.Equal(5m, builder.GetProperty("totalPoints").GetDecimal());
        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/quizzes");
        Assert.Equal(5m, list.EnumerateArray().Single(q => q.GetProperty("id").GetGuid() == seeded.QuizId).GetProperty("totalPoints").GetDecimal());
    }

    private async Task<TwinQuiz> SeedAsync()
    {
        TwinQuiz? seeded = null;
        await LearnSeed.ChangeAsync(factory, async (db, now) =>
        {
            var classroom = await db.Classrooms.SingleAsync(c => c.JoinCode == JoinCode.Parse(LearnSeed.Ir101Code));
            var owner = classroom.OwnerId;
            var lesson = Lesson.Create(owner, null, $"A regional forum {Guid.NewGuid():N}", "How a small forum grew.", now);
            lesson.SetSections([new LessonSection("The forum", $"{Capital} {Budget} {Members} {Dues} {Seat}")], now);
            lesson.Publish(now);
            db.Lessons.Add(lesson);

            var sentenceOfStem = new Dictionary<string, string>();
            Question Add(QuestionType type, string stem, string sentence, string tag)
            {
                var source = new SourceReference(sentence, 0, sentence.Length);
                var content = type switch
                {
                    QuestionType.TrueFalse => QuestionContent.Create(type, stem, options: [new("True", true), new("False", false)], source: source, tags: [tag]),
                    QuestionType.MultipleChoice => QuestionContent.Create(type, stem, options: [new("2019", true), new("2015", false), new("2022", false)], source: source, tags: [tag]),
                    _ => QuestionContent.Create(type, stem, acceptedAnswers: ["answer"], source: source, tags: [tag]),
                };
                var question = Question.Create(lesson.Id, owner, QuestionOrigin.Generated, content, now);
                question.Approve();
                db.Questions.Add(question);
                sentenceOfStem[stem] = sentence;
                return question;
            }

            var blank = Add(QuestionType.FillInBlank, "The delegates met in the northern capital in the spring of ____.", Capital, "fixed");
            var other = Add(QuestionType.ShortAnswer, "Which body's budget grew after the summit?", Budget, "fixed");
            var statement = Add(QuestionType.TrueFalse, "The delegates met in the northern capital in the spring of 2019.", Capital, "fixed");
            // The draw pool: six questions from four sentences, one of them the fixed twins' sentence.
            Add(QuestionType.MultipleChoice, "In what year did the delegates meet in the northern capital?", Capital, "draw");
            Add(QuestionType.ShortAnswer, "How many states joined the forum in its first decade?", Members, "draw");
            Add(QuestionType.TrueFalse, "Nine states joined the forum in its first decade.", Members, "draw");
            Add(QuestionType.ShortAnswer, "In proportion to what does each member pay its dues?", Dues, "draw");
            Add(QuestionType.TrueFalse, "Each member pays dues in proportion to its trade.", Dues, "draw");
            Add(QuestionType.ShortAnswer, "Where does the forum keep its small office?", Seat, "draw");

            var quiz = Quiz.Create(owner, "Forum basics", null, now);
            quiz.AddQuestion(blank, 1m, now);
            quiz.AddQuestion(other, 1m, now);
            quiz.AddQuestion(statement, 1m, now);
            quiz.AddDrawRule(lesson.Id, "draw", null, 3, 1m, now);
            quiz.UpdateSettings(QuizSettings.Create(null, null, true, true, null, null, FeedbackPolicy.AfterSubmission, 60m, GradingMethod.Highest), now);
            quiz.Publish(now);
            db.Quizzes.Add(quiz);
            var assignment = classroom.Assign(quiz.Id, "Forum quiz", now.AddMinutes(-1), now.AddDays(3), now);
            seeded = new TwinQuiz(quiz.Id, assignment.Id, blank.CurrentVersion.Content.Stem, statement.CurrentVersion.Content.Stem, sentenceOfStem);
        });
        return seeded!;
    }

    private sealed record TwinQuiz(Guid QuizId, Guid AssignmentId, string FixedKept, string FixedLeftOut, Dictionary<string, string> SentenceOfStem);
}
