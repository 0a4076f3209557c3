namespace IRLearn.Web.Endpoints.Learning;

public static class LessonReader
{
    public static void MapLessonReader(this IEndpointRouteBuilder learn)
    {
        learn.MapGet("/lessons/{lessonId:guid}", Read).WithTags("Learn").WithSummary("A published lesson of one of the student's assignments, with its key terms.");
    }

    public static async Task<Ok<LessonReaderDto>> Read(Guid lessonId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ReadLessonQuery(lessonId), cancellationToken));
}
