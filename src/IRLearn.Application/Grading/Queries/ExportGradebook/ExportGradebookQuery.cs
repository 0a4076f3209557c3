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

public sealed class ExportGradebookQueryHandler(ISender sender) : IQueryHandler<ExportGradebookQuery, CsvFileDto>
{
    public async ValueTask<CsvFileDto> Handle(ExportGradebookQuery query, CancellationToken cancellationToken)
    {
        // The same query as the page (and its access check), without paging.
        var book = await sender.Send(new GetGradebookQuery(query.ClassroomId, query.Sort, query.Descending, query.Search, query.Status, 1, 0), cancellationToken);
        return new CsvFileDto(FileNameFor(book.ClassroomName), ToCsv(book).ToUtf8WithBom());
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
