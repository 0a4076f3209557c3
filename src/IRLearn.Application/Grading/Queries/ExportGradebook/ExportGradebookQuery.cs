using System.Globalization;
using IRLearn.Application.Grading.Common;
using IRLearn.Application.Grading.Queries.GetGradebook;

namespace IRLearn.Application.Grading.Queries.ExportGradebook;

/// <summary>The gradebook as a CSV file: every student matching the filters, in the chosen order, one column pair per assignment.</summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record ExportGradebookQuery(Guid ClassroomId, string? Sort = null, bool Descending = false, string? Search = null, CellStatus? Status = null)
    : IQuery<CsvFileDto>;

public sealed record CsvFileDto(string FileName, byte[] Content)
{
    public const string ContentType = "text/csv; charset=utf-8";
}

/// <remarks>
/// A file grows with the class, so a file already made is served again while the classroom's gradebook stamp stands
/// (<see cref="GradebookFiles"/>, ADR 23). The access check and the stamp are read on every export, before the
/// gradebook: a file made after a change and kept under the stamp before it is never served, as that stamp has moved on.
/// </remarks>
public sealed class ExportGradebookQueryHandler(ISender sender, IApplicationDbContext db, ICurrentUser currentUser, GradebookFiles files)
    : IQueryHandler<ExportGradebookQuery, CsvFileDto>
{
    public async ValueTask<CsvFileDto> Handle(ExportGradebookQuery query, CancellationToken cancellationToken)
    {
        var classroom = await db.Classrooms.AsNoTracking().TaughtBy(currentUser.Id)
            .Where(c => c.Id == query.ClassroomId)
            .Select(c => new { Stamp = db.GradebookStamps.Where(s => s.ClassroomId == c.Id).Select(s => (Guid?)s.Stamp).FirstOrDefault() })
            .FirstOrNotFoundAsync(nameof(Classroom), query.ClassroomId, cancellationToken);
        var key = classroom.Stamp is { } stamp
            ? new GradebookFiles.Key(query.ClassroomId, stamp, query.Sort, query.Descending, query.Search, query.Status, CultureInfo.CurrentCulture.Name)
            : (GradebookFiles.Key?)null;
        if (key is { } known && files.TryGet(known, out var kept))
        {
            return kept!;
        }

        // The same query as the page (and its access check), without paging.
        var book = await sender.Send(new GetGradebookQuery(query.ClassroomId, query.Sort, query.Descending, query.Search, query.Status, 1, 0), cancellationToken);
        var file = new CsvFileDto(FileNameFor(book.ClassroomName), ToCsv(book).ToUtf8WithBom());
        if (key is { } made)
        {
            files.Add(made, file);
        }

        return file;
    }

    public static CsvWriter ToCsv(GradebookDto book)
    {
        var csv = new CsvWriter().Cell("Student");
        foreach (var assignment in book.Assignments)
        {
            csv.Cell($"{assignment.Title} (%)").Cell($"{assignment.Title} status");
        }

        csv.Cell("Average (%)").EndRow();
        foreach (var row in book.Rows)
        {
            csv.Cell(row.DisplayName);
            foreach (var cell in row.Cells)
            {
                csv.Cell(Number(cell.FinalPercent)).Cell(GradebookRules.Label(cell.Status));
            }

            csv.Cell(Number(row.Average)).EndRow();
        }

        return csv;
    }

    private static string Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string FileNameFor(string classroomName)
    {
        var safe = new string(classroomName.Select(ch => char.IsAsciiLetterOrDigit(ch) ? ch : '-').ToArray()).Trim('-');
        return $"gradebook-{(safe.Length == 0 ? "classroom" : safe)}.csv";
    }
}
