using FluentValidation;
using FluentValidation.Results;
using IRLearn.Interop;

namespace IRLearn.Web.Infrastructure;

/// <summary>
/// What the import endpoint and the import page share: reading uploaded question files into memory without letting
/// one file grow past the per-file limit (a larger one is read only far enough to know, and the use case's
/// validator refuses it), and the names of the export formats as URLs and forms spell them.
/// </summary>
public static class QuestionFileUploads
{
    /// <summary>Room for the most files one import takes, each at the per-file limit, plus the multipart framing.</summary>
    public const long MaxRequestBytes = (ImportQuestionsCommandValidator.MaxFiles * (long)InteropLimits.MaxFileBytes) + (1024 * 1024);

    public static async Task<IReadOnlyList<ImportFile>> ReadAsync(IEnumerable<IFormFile> files, CancellationToken cancellationToken)
    {
        var result = new List<ImportFile>();
        foreach (var file in files)
        {
            await using var stream = file.OpenReadStream();
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0 && buffer.Length <= InteropLimits.MaxFileBytes)
            {
                buffer.Write(chunk, 0, read);
            }

            result.Add(new ImportFile(file.FileName, buffer.ToArray()));
        }

        return result;
    }

    /// <summary><c>gift</c>, <c>moodle-xml</c>, <c>qti21</c> or <c>qti30</c> (case and dashes ignored); anything else is a 400 naming them.</summary>
    public static InteropFormat ParseFormat(string? format) =>
        (format ?? string.Empty).Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant() switch
        {
            "gift" => InteropFormat.Gift,
            "moodlexml" or "moodle" => InteropFormat.MoodleXml,
            "qti21" or "qti" => InteropFormat.Qti21,
            "qti30" or "qti3" => InteropFormat.Qti30,
            _ => throw new ValidationException([new ValidationFailure("format", "Choose the format: gift, moodle-xml, qti21 or qti30.")]),
        };
}
