namespace IRLearn.Web.Endpoints.Teaching;

public static class Lessons
{
    public static void MapLessons(this IEndpointRouteBuilder v1)
    {
        var group = v1.MapGroup("/lessons").WithTags("Lessons");
        group.MapGet("/", List).WithSummary("The caller's lessons with review counts.");
        group.MapGet("/{id:guid}", Get).WithSummary("One lesson: summary, sections, key terms, objectives, tags.");
        group.MapPut("/{id:guid}", Update).WithSummary("Replace the lesson's title, summary, sections, key terms, objectives and tags.");
        group.MapPost("/{id:guid}/publish", Publish).WithSummary("Make the lesson visible to students.");
        group.MapPost("/{id:guid}/unpublish", Unpublish).WithSummary("Back to draft.");
        group.MapGet("/{id:guid}/questions", Bank).WithSummary("The lesson's question bank, filtered by type, status, tag and difficulty.");
        group.MapPost("/{id:guid}/questions", AddQuestion).WithSummary("Add a question written by hand (any type).");
    }

    public static async Task<Ok<IReadOnlyList<LessonSummaryDto>>> List(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListLessonsQuery(), cancellationToken));

    public static async Task<Ok<LessonDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetLessonQuery(id), cancellationToken));

    public static async Task<NoContent> Update(Guid id, UpdateLessonRequest request, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(
            new UpdateLessonCommand(id, request.Title ?? string.Empty, request.Summary, request.Sections ?? [], request.KeyTerms ?? [], request.Objectives ?? [], request.Tags ?? []),
            cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> Publish(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new SetLessonPublishedCommand(id, Published: true), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> Unpublish(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new SetLessonPublishedCommand(id, Published: false), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<QuestionBankDto>> Bank(
        Guid id, QuestionType? type, ReviewStatus? status, string? tag, Difficulty? difficulty, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetQuestionBankQuery(id, type, status, tag, difficulty), cancellationToken));

    public static async Task<Created<CreatedQuestion>> AddQuestion(Guid id, QuestionInput question, ISender sender, CancellationToken cancellationToken)
    {
        var questionId = await sender.Send(new AddQuestionCommand(id, question), cancellationToken);
        return TypedResults.Created($"/api/v1/questions/{questionId}", new CreatedQuestion(questionId));
    }

    public sealed record UpdateLessonRequest(
        string? Title,
        string? Summary,
        IReadOnlyList<LessonSection>? Sections,
        IReadOnlyList<KeyTerm>? KeyTerms,
        IReadOnlyList<string>? Objectives,
        IReadOnlyList<string>? Tags);

    public sealed record CreatedQuestion(Guid Id);
}
