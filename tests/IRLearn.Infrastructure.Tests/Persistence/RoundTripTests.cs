using IRLearn.Application.Common.Exceptions;
using IRLearn.Domain.Attempts;
using IRLearn.Domain.Classrooms;
using IRLearn.Domain.Progress;
using IRLearn.Domain.Quizzes;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Infrastructure.Tests.Persistence;

/// <summary>Real entities go into a real SQLite file and come back out equal, through a fresh context.</summary>
public sealed class RoundTripTests : FreshDatabaseTests
{

    [Fact]
    public async Task EveryAggregate_SurvivesSaveAndReload()
    {
        var graph = DomainGraph.Build();
        graph.Attempt.SaveAnswer(graph.ChoiceQuestion.CurrentVersion.Id, Answer.Choice(0), DomainGraph.Now.AddMinutes(1));
        graph.Attempt.SaveAnswer(graph.NumericQuestion.CurrentVersion.Id, Answer.FromNumber(78.5m), DomainGraph.Now.AddMinutes(2));
        graph.Attempt.Submit(DomainGraph.Now.AddMinutes(3));
        graph.Attempt.Grade(
            new Dictionary<Guid, Domain.QuestionBank.QuestionVersion>
            {
                [graph.ChoiceQuestion.CurrentVersion.Id] = graph.ChoiceQuestion.CurrentVersion,
                [graph.NumericQuestion.CurrentVersion.Id] = graph.NumericQuestion.CurrentVersion,
            },
            DomainGraph.Now.AddMinutes(3));
        graph.Attempt.OverrideTotal(2.5m, "Partial credit agreed in class", DomainGraph.InstructorId, DomainGraph.Now.AddMinutes(4));
        var card = ReviewCard.ForMissedQuestion(DomainGraph.StudentId, graph.ChoiceQuestion.Id, DomainGraph.Now);
        card.Review(4, DomainGraph.Now.AddMinutes(5));

        await using (var write = Database.NewContext())
        {
            write.AddRange([.. graph.Aggregates, card]);
            await write.SaveChangesAsync();
        }

        await using var read = Database.NewContext();
        var article = await read.Articles.SingleAsync();
        Assert.Equal(graph.Article.CleanedText, article.CleanedText);
        Assert.Equal(["[Image by someone]"], article.RemovedBlocks);

        var lesson = await read.Lessons.SingleAsync();
        Assert.Equal(graph.Lesson.Sections, lesson.Sections);
        Assert.Equal(graph.Lesson.KeyTerms, lesson.KeyTerms);
        Assert.Equal(graph.Lesson.Tags, lesson.Tags);

        var question = await read.Questions.SingleAsync(q => q.Id == graph.ChoiceQuestion.Id);
        Assert.Equal(graph.ChoiceQuestion.CurrentVersion.Content, question.CurrentVersion.Content);
        Assert.Equal(graph.ChoiceQuestion.CurrentVersion.Content.Source, question.CurrentVersion.Content.Source);
        Assert.Equal(new Domain.QuestionBank.NumericAnswer(80m, 5m), (await read.Questions.SingleAsync(q => q.Id == graph.NumericQuestion.Id)).CurrentVersion.Content.NumericAnswer);

        var quiz = await read.Quizzes.SingleAsync();
        Assert.Equal(graph.Quiz.Settings, quiz.Settings);
        Assert.Equal(graph.Quiz.Items, quiz.Items);
        Assert.Equal(QuizStatus.Published, quiz.Status);

        var classroom = await read.Classrooms.SingleAsync();
        Assert.Equal("KAZ2EURA", classroom.JoinCode.Value);
        Assert.True(classroom.IsEnrolled(DomainGraph.StudentId));
        var assignment = Assert.Single(classroom.Assignments);
        Assert.Equal(graph.Assignment.OverrideFor(DomainGraph.StudentId), assignment.OverrideFor(DomainGraph.StudentId));
        Assert.Equal(graph.Assignment.DueAt, assignment.DueAt);

        var attempt = await read.Attempts.Include(a => a.GradeChanges).SingleAsync();
        Assert.Equal(graph.Attempt.Deadline, attempt.Deadline);
        Assert.Equal(graph.Attempt.Items.Select(i => (i.Order, i.QuestionVersionId, i.Points)), attempt.Items.Select(i => (i.Order, i.QuestionVersionId, i.Points)));
        Assert.Equal(graph.Attempt.Items.Select(i => i.OptionOrder.ToList()), attempt.Items.Select(i => i.OptionOrder.ToList()));
        Assert.Equal(Answer.FromNumber(78.5m), attempt.ResponseFor(graph.NumericQuestion.CurrentVersion.Id)!.Answer);
        Assert.Equal(Answer.Choice(0), attempt.ResponseFor(graph.ChoiceQuestion.CurrentVersion.Id)!.Answer);
        Assert.Equal(graph.Attempt.Score, attempt.Score);
        Assert.Equal(2.5m, attempt.FinalScore);
        Assert.Equal("Partial credit agreed in class", Assert.Single(attempt.GradeChanges).Reason);

        var reloadedCard = await read.ReviewCards.SingleAsync();
        Assert.Equal(card.Due, reloadedCard.Due);
        Assert.Equal(card.EaseFactor, reloadedCard.EaseFactor, 6);
    }

    [Fact]
    public async Task ApprovedQuestionEdit_IsStoredAsANewVersion_AndTheOldVersionStays()
    {
        var graph = DomainGraph.Build();
        await using (var write = Database.NewContext())
        {
            write.AddRange(graph.Lesson, graph.Article, graph.ChoiceQuestion);
            await write.SaveChangesAsync();
        }

        var firstVersionId = graph.ChoiceQuestion.CurrentVersion.Id;
        await using (var edit = Database.NewContext())
        {
            var question = await edit.Questions.SingleAsync();
            question.Edit(Domain.QuestionBank.QuestionContent.Create(
                Domain.QuestionBank.QuestionType.MultipleChoice,
                "When did Kazakhstan initiate CICA?",
                options: [new Domain.QuestionBank.QuestionOption("1992", true), new Domain.QuestionBank.QuestionOption("1999", false)],
                source: graph.ChoiceQuestion.CurrentVersion.Content.Source), DomainGraph.Now.AddDays(1));
            await edit.SaveChangesAsync();
        }

        await using var read = Database.NewContext();
        var versions = await read.QuestionVersions.OrderBy(v => v.Number).ToListAsync();
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal(firstVersionId, versions[0].Id);
        Assert.Equal("In what year did Kazakhstan initiate CICA?", versions[0].Content.Stem);
        Assert.Equal("When did Kazakhstan initiate CICA?", (await read.Questions.SingleAsync()).CurrentVersion.Content.Stem);
    }

    [Fact]
    public async Task TwoClassroomsWithOneJoinCode_AreRefusedByTheDatabase()
    {
        await using var context = Database.NewContext();
        context.Classrooms.Add(Classroom.Create("A", "instructor-1", JoinCode.Parse("KAZ2EURA"), DomainGraph.Now));
        context.Classrooms.Add(Classroom.Create("B", "instructor-2", JoinCode.Parse("KAZ2EURA"), DomainGraph.Now));

        await Assert.ThrowsAsync<DuplicateException>(() => context.SaveChangesAsync());
    }

    [Fact]
    public async Task AnInstantWithAnOffset_ReadsBackAsTheSameInstant_AndOrdersByIt()
    {
        // 14:00 in Almaty (+05:00) is 09:00 UTC: earlier than 10:00 UTC although its clock time is later.
        var inAlmaty = new DateTimeOffset(2026, 10, 13, 14, 0, 0, TimeSpan.FromHours(5));
        await using (var context = Database.NewContext())
        {
            context.Classrooms.Add(Classroom.Create("Almaty", "instructor-1", JoinCode.Parse("KAZ2EURA"), inAlmaty));
            context.Classrooms.Add(Classroom.Create("London", "instructor-1", JoinCode.Parse("ASEAN6RX"), DomainGraph.Now.AddHours(1)));
            await context.SaveChangesAsync();
        }

        await using var read = Database.NewContext();
        var ordered = await read.Classrooms.OrderBy(c => c.CreatedAt).ToListAsync();
        Assert.Equal(["Almaty", "London"], ordered.Select(c => c.Name));
        Assert.Equal(inAlmaty, ordered[0].CreatedAt);
        Assert.Equal(1, await read.Classrooms.CountAsync(c => c.CreatedAt < DomainGraph.Now.AddMinutes(30)));
    }
}
