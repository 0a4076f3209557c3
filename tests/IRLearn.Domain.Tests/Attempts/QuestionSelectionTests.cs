using IRLearn.Domain.Attempts;
using IRLearn.Domain.QuestionBank;
using IRLearn.Domain.Quizzes;
using static IRLearn.Domain.Tests.TestData;

namespace IRLearn.Domain.Tests.Attempts;

public class QuestionSelectionTests
{
    private readonly Quiz _quiz = Quiz.Create(Instructor, "Quiz", null, Now);

    [Fact]
    public void For_FixedItems_InOrderWithPointsAndCurrentVersions()
    {
        var a = ApprovedQuestion();
        var b = ApprovedQuestion();
        _quiz.AddQuestion(a, 1m, Now);
        _quiz.AddQuestion(b, 2m, Now);
        _quiz.Reorder([b.Id, a.Id], Now);

        var chosen = QuestionSelection.For(_quiz, [a, b]);

        Assert.Equal([(b.CurrentVersionId, 2m), (a.CurrentVersionId, 1m)], chosen.Select(c => (c.Version.Id, c.Points)));
    }

    [Fact]
    public void For_FixedItemRetiredSinceTheQuizWasBuilt_IsLeftOut()
    {
        var kept = ApprovedQuestion();
        var retired = ApprovedQuestion();
        _quiz.AddQuestion(kept, 1m, Now);
        _quiz.AddQuestion(retired, 1m, Now);
        retired.Retire();

        var chosen = QuestionSelection.For(_quiz, [kept, retired]);

        Assert.Equal([kept.CurrentVersionId], chosen.Select(c => c.Version.Id));
    }

    [Fact]
    public void For_DrawRule_DrawsOnlyMatchingApprovedQuestionsNotAlreadyChosen()
    {
        var fixedHard = ApprovedQuestion(Hard("fixed"));
        var hard1 = ApprovedQuestion(Hard("one"));
        var hard2 = ApprovedQuestion(Hard("two"));
        var easy = ApprovedQuestion(MultipleChoice());
        var proposedHard = ProposedQuestion(Hard("proposed"));
        _quiz.AddQuestion(fixedHard, 1m, Now);
        _quiz.AddDrawRule(LessonId, "CICA", Difficulty.Hard, 2, 3m, Now);

        var chosen = QuestionSelection.For(_quiz, [fixedHard, hard1, hard2, easy, proposedHard]);

        Assert.Equal(3, chosen.Count);
        Assert.Equal(
            new[] { hard1.CurrentVersionId, hard2.CurrentVersionId }.Order(),
            chosen.Skip(1).Select(c => c.Version.Id).Order());
        Assert.All(chosen.Skip(1), c => Assert.Equal(3m, c.Points));
    }

    [Fact]
    public void For_DrawRule_SamplesWithTheRandomSource()
    {
        var questions = Enumerable.Range(0, 5).Select(i => ApprovedQuestion(Hard($"q{i}"))).ToList();
        _quiz.AddDrawRule(LessonId, null, null, 1, 1m, Now);
        var byId = questions.OrderBy(q => q.Id).ToList();

        var first = QuestionSelection.For(_quiz, questions, _ => 0);
        var last = QuestionSelection.For(_quiz, questions, max => max - 1);

        Assert.Equal(byId[0].CurrentVersionId, Assert.Single(first).Version.Id);
        Assert.Equal(byId[4].CurrentVersionId, Assert.Single(last).Version.Id);
    }

    [Fact]
    public void For_NotEnoughMatchingQuestions_IsRefused()
    {
        _quiz.AddDrawRule(LessonId, null, Difficulty.Hard, 2, 1m, Now);

        Rule.Broken("quiz.not_enough_questions", () => QuestionSelection.For(_quiz, [ApprovedQuestion(Hard("only one"))]));
    }

    [Fact]
    public void For_QuestionsOfOtherLessons_AreNotDrawn()
    {
        _quiz.AddDrawRule(LessonId, null, null, 1, 1m, Now);
        var elsewhere = ApprovedQuestion(lessonId: Guid.CreateVersion7());

        Rule.Broken("quiz.not_enough_questions", () => QuestionSelection.For(_quiz, [elsewhere]));
    }

    private static QuestionContent Hard(string stemSuffix) =>
        QuestionContent.Create(
            QuestionType.ShortAnswer,
            "Which forum did Kazakhstan initiate? " + stemSuffix,
            acceptedAnswers: ["CICA"],
            source: Source,
            difficulty: Difficulty.Hard,
            tags: ["cica"]);
}
