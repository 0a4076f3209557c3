namespace IRLearn.Web.Endpoints.Teaching;

public static class Quizzes
{
    public static void MapQuizzes(this IEndpointRouteBuilder v1)
    {
        var group = v1.MapGroup("/quizzes").WithTags("Quizzes");
        group.MapGet("/", List).WithSummary("The caller's quizzes.");
        group.MapPost("/", Create).WithSummary("Create an empty draft quiz.");
        group.MapGet("/{id:guid}", Get).WithSummary("The quiz builder's view: items, draw rules, settings and the approved questions available.");
        group.MapPut("/{id:guid}/settings", UpdateSettings).WithSummary("Title, description, time limit, attempts, shuffle, availability, feedback, passing score, grading method.");
        group.MapPost("/{id:guid}/questions", AddQuestions).WithSummary("Add approved questions to the fixed selection.");
        group.MapDelete("/{id:guid}/questions/{questionId:guid}", RemoveQuestion).WithSummary("Remove a question from the fixed selection.");
        group.MapPost("/{id:guid}/draw-rules", AddDrawRule).WithSummary("Draw N approved questions at random by lesson, tag and difficulty.");
        group.MapDelete("/{id:guid}/draw-rules/{ruleId:guid}", RemoveDrawRule).WithSummary("Remove a draw rule.");
        group.MapPost("/{id:guid}/publish", Publish).WithSummary("Make the quiz assignable.");
        group.MapPost("/{id:guid}/unpublish", Unpublish).WithSummary("Back to draft.");
        group.MapGet("/{id:guid}/preview", Preview).WithSummary("The quiz as a student sees it, without answer keys.");
    }

    public static async Task<Ok<IReadOnlyList<QuizSummaryDto>>> List(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListQuizzesQuery(), cancellationToken));

    public static async Task<Created<CreatedQuiz>> Create(CreateQuizCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var id = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/quizzes/{id}", new CreatedQuiz(id));
    }

    public static async Task<Ok<QuizDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetQuizQuery(id), cancellationToken));

    public static async Task<NoContent> UpdateSettings(Guid id, UpdateQuizSettingsCommand command, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(command with { QuizId = id }, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<AddedQuestions>> AddQuestions(Guid id, AddQuestionsRequest request, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(new AddedQuestions(await sender.Send(new AddQuizQuestionsCommand(id, request.QuestionIds ?? [], request.Points ?? 1), cancellationToken)));

    public static async Task<NoContent> RemoveQuestion(Guid id, Guid questionId, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RemoveQuizQuestionCommand(id, questionId), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Created<CreatedDrawRule>> AddDrawRule(Guid id, DrawRuleRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var ruleId = await sender.Send(new AddDrawRuleCommand(id, request.LessonId, request.Tag, request.Difficulty, request.Count, request.PointsEach ?? 1), cancellationToken);
        return TypedResults.Created($"/api/v1/quizzes/{id}", new CreatedDrawRule(ruleId));
    }

    public static async Task<NoContent> RemoveDrawRule(Guid id, Guid ruleId, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RemoveDrawRuleCommand(id, ruleId), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> Publish(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new SetQuizPublishedCommand(id, Published: true), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> Unpublish(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new SetQuizPublishedCommand(id, Published: false), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<QuizPreviewDto>> Preview(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new PreviewQuizQuery(id), cancellationToken));

    public sealed record CreatedQuiz(Guid Id);

    public sealed record AddQuestionsRequest(IReadOnlyList<Guid>? QuestionIds, decimal? Points);

    public sealed record AddedQuestions(int Count);

    public sealed record DrawRuleRequest(Guid? LessonId, string? Tag, Difficulty? Difficulty, int Count, decimal? PointsEach);

    public sealed record CreatedDrawRule(Guid Id);
}
