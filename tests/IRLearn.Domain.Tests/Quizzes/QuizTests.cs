using IRLearn.Domain.Attempts;
using IRLearn.Domain.QuestionBank;
using IRLearn.Domain.Quizzes;
using static IRLearn.Domain.Tests.TestData;

namespace IRLearn.Domain.Tests.Quizzes;

public class QuizTests
{
    private readonly Quiz _quiz = Quiz.Create(Instructor, "Central Asia", "Week 3", Now);

    [Fact]
    public void Create_StartsAsDraftWithDefaultSettings()
    {
        Assert.Equal(QuizStatus.Draft, _quiz.Status);
        Assert.Equal(QuizSettings.Default, _quiz.Settings);
        Rule.Broken("quiz.title_invalid", () => Quiz.Create(Instructor, " ", null, Now));
    }

    [Fact]
    public void AddQuestion_Approved_AppendsInOrderAndAddsItsLesson()
    {
        var first = ApprovedQuestion();
        var second = ApprovedQuestion(lessonId: Guid.CreateVersion7());

        _quiz.AddQuestion(first, 1m, Now);
        _quiz.AddQuestion(second, 2.5m, Now);

        Assert.Equal([(first.Id, 1), (second.Id, 2)], _quiz.Items.Select(i => (i.QuestionId, i.Order)));
        Assert.Equal([first.LessonId, second.LessonId], _quiz.LessonIds);
        Assert.Equal([1m, 2.5m], _quiz.Items.Select(i => i.Points));
    }

    [Fact]
    public void AddQuestion_Twice_IsRefused()
    {
        var question = ApprovedQuestion();
        _quiz.AddQuestion(question, 1m, Now);

        Rule.Broken("quiz.question_duplicate", () => _quiz.AddQuestion(question, 1m, Now));
        Assert.Single(_quiz.Items);
    }

    [Fact]
    public void AddQuestion_NotApproved_IsRefused()
    {
        Rule.Broken("quiz.question_not_approved", () => _quiz.AddQuestion(ProposedQuestion(), 1m, Now));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void AddQuestion_PointsNotPositive_IsRefused(decimal points)
    {
        Rule.Broken("quiz.points_invalid", () => _quiz.AddQuestion(ApprovedQuestion(), points, Now));
    }

    [Fact]
    public void RemoveQuestion_RenumbersTheRest()
    {
        var questions = new[] { ApprovedQuestion(), ApprovedQuestion(), ApprovedQuestion() };
        foreach (var q in questions)
        {
            _quiz.AddQuestion(q, 1m, Now);
        }

        _quiz.RemoveQuestion(questions[0].Id, Now);

        Assert.Equal([(questions[1].Id, 1), (questions[2].Id, 2)], _quiz.Items.Select(i => (i.QuestionId, i.Order)));
    }

    [Fact]
    public void RemoveQuestion_LastOfPublishedQuiz_IsRefused()
    {
        var question = ApprovedQuestion();
        _quiz.AddQuestion(question, 1m, Now);
        _quiz.Publish(Now);

        Rule.Broken("quiz.would_be_empty", () => _quiz.RemoveQuestion(question.Id, Now));
    }

    [Fact]
    public void RemoveQuestion_Unknown_IsRefused()
    {
        Rule.Broken("quiz.question_not_found", () => _quiz.RemoveQuestion(Guid.CreateVersion7(), Now));
    }

    [Fact]
    public void Reorder_Permutation_AppliesTheOrder()
    {
        var a = ApprovedQuestion();
        var b = ApprovedQuestion();
        _quiz.AddQuestion(a, 1m, Now);
        _quiz.AddQuestion(b, 2m, Now);

        _quiz.Reorder([b.Id, a.Id], Now);

        Assert.Equal([(b.Id, 1, 2m), (a.Id, 2, 1m)], _quiz.Items.Select(i => (i.QuestionId, i.Order, i.Points)));
    }

    [Fact]
    public void Reorder_MissingOrRepeatedQuestion_IsRefused()
    {
        var a = ApprovedQuestion();
        var b = ApprovedQuestion();
        _quiz.AddQuestion(a, 1m, Now);
        _quiz.AddQuestion(b, 1m, Now);

        Rule.Broken("quiz.reorder_invalid", () => _quiz.Reorder([a.Id], Now));
        Rule.Broken("quiz.reorder_invalid", () => _quiz.Reorder([a.Id, a.Id], Now));
        Rule.Broken("quiz.reorder_invalid", () => _quiz.Reorder([a.Id, Guid.CreateVersion7()], Now));
    }

    [Fact]
    public void ChangePoints_UpdatesOnlyThatItem()
    {
        var a = ApprovedQuestion();
        var b = ApprovedQuestion();
        _quiz.AddQuestion(a, 1m, Now);
        _quiz.AddQuestion(b, 1m, Now);

        _quiz.ChangePoints(b.Id, 4m, Now);

        Assert.Equal([1m, 4m], _quiz.Items.Select(i => i.Points));
    }

    [Fact]
    public void AddDrawRule_ForALesson_AddsRuleAndLesson()
    {
        var lessonId = Guid.CreateVersion7();

        var rule = _quiz.AddDrawRule(lessonId, "CICA", Difficulty.Hard, 3, 2m, Now);

        Assert.Equal(rule, Assert.Single(_quiz.DrawRules));
        Assert.Contains(lessonId, _quiz.LessonIds);
        Assert.Equal(6m, QuestionSelection.PointsAvailable(_quiz, []));
    }

    [Fact]
    public void AddDrawRule_AnyLessonWithoutLessons_IsRefused()
    {
        Rule.Broken("quiz.draw_rule_invalid", () => _quiz.AddDrawRule(null, null, null, 1, 1m, Now));
    }

    [Fact]
    public void AddDrawRule_CountBelowOne_IsRefused()
    {
        Rule.Broken("quiz.draw_rule_invalid", () => _quiz.AddDrawRule(LessonId, null, null, 0, 1m, Now));
    }

    [Fact]
    public void RemoveDrawRule_RemovesIt()
    {
        var rule = _quiz.AddDrawRule(LessonId, null, null, 2, 1m, Now);

        _quiz.RemoveDrawRule(rule.Id, Now);

        Assert.Empty(_quiz.DrawRules);
        Rule.Broken("quiz.draw_rule_not_found", () => _quiz.RemoveDrawRule(rule.Id, Now));
    }

    [Fact]
    public void DrawRule_Matches_FiltersByLessonTagAndDifficulty()
    {
        var rule = new DrawRule(Guid.CreateVersion7(), LessonId, "cica", Difficulty.Easy, 1, 1m);

        Assert.True(rule.Matches(LessonId, ["CICA", "Kazakhstan"], Difficulty.Easy));
        Assert.False(rule.Matches(Guid.CreateVersion7(), ["CICA"], Difficulty.Easy));
        Assert.False(rule.Matches(LessonId, ["SCO"], Difficulty.Easy));
        Assert.False(rule.Matches(LessonId, ["CICA"], Difficulty.Hard));
    }

    [Fact]
    public void RemoveLesson_InUse_IsRefused()
    {
        _quiz.AddQuestion(ApprovedQuestion(), 1m, Now);

        Rule.Broken("quiz.lesson_in_use", () => _quiz.RemoveLesson(LessonId, Now));
    }

    [Fact]
    public void Publish_Empty_IsRefused()
    {
        Rule.Broken("quiz.empty", () => _quiz.Publish(Now));
        Assert.Equal(QuizStatus.Draft, _quiz.Status);
    }

    [Fact]
    public void Publish_WithOnlyADrawRule_Succeeds()
    {
        _quiz.AddDrawRule(LessonId, null, null, 5, 1m, Now);

        _quiz.Publish(Now);

        Assert.Equal(QuizStatus.Published, _quiz.Status);
    }

    [Fact]
    public void Unpublish_BackToDraft()
    {
        _quiz.AddQuestion(ApprovedQuestion(), 1m, Now);
        _quiz.Publish(Now);

        _quiz.Unpublish(Now.AddDays(1));

        Assert.Equal(QuizStatus.Draft, _quiz.Status);
        Assert.Equal(Now.AddDays(1), _quiz.UpdatedAt);
    }
}
