namespace IRLearn.Web.Endpoints.Teaching;

/// <summary>Question banks in and out as GIFT, Moodle XML and QTI (docs/interop.md).</summary>
public static class QuestionFiles
{
    public static void MapQuestionFiles(this IEndpointRouteBuilder v1)
    {
        var group = v1.MapGroup(string.Empty).WithTags("Question files");
        group.MapGet("/lessons/{lessonId:guid}/questions/export", ExportLesson)
            .WithSummary("A lesson's approved questions (or those named by ids) as format=gift, moodle-xml, qti21 or qti30.");
        group.MapGet("/quizzes/{quizId:guid}/questions/export", ExportQuiz)
            .WithSummary("A quiz's questions (fixed items and its draw rules' pool, or those named by ids) as format=gift, moodle-xml, qti21 or qti30.");

        // The API takes bearer tokens only, never the cookie, so a form upload here cannot be forged cross-site.
        group.MapPost("/lessons/{lessonId:guid}/questions/import", Import)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(QuestionFileUploads.MaxRequestBytes))
            .WithSummary("Import GIFT, Moodle XML or QTI files (multipart field 'files', up to 10 of 5 MB) as questions awaiting review; answers a report per file.");
    }

    public static async Task<FileContentHttpResult> ExportLesson(Guid lessonId, string? format, [FromQuery] Guid[]? ids, ISender sender, CancellationToken cancellationToken) =>
        File(await sender.Send(new ExportQuestionsQuery(QuestionFileUploads.ParseFormat(format), LessonId: lessonId, QuestionIds: Selection(ids)), cancellationToken));

    public static async Task<FileContentHttpResult> ExportQuiz(Guid quizId, string? format, [FromQuery] Guid[]? ids, ISender sender, CancellationToken cancellationToken) =>
        File(await sender.Send(new ExportQuestionsQuery(QuestionFileUploads.ParseFormat(format), QuizId: quizId, QuestionIds: Selection(ids)), cancellationToken));

    public static async Task<Ok<ImportReportDto>> Import(Guid lessonId, IFormFileCollection files, ISender sender, CancellationToken cancellationToken)
    {
        var uploads = await QuestionFileUploads.ReadAsync(files, cancellationToken);
        return TypedResults.Ok(await sender.Send(new ImportQuestionsCommand(lessonId, uploads), cancellationToken));
    }

    private static Guid[]? Selection(Guid[]? ids) => ids is { Length: > 0 } ? ids : null;

    private static FileContentHttpResult File(ExportedQuestionsDto file) => TypedResults.File(file.Content, file.ContentType, file.FileName);
}
