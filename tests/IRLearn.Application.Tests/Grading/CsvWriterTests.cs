using System.Text;
using IRLearn.Application.Grading.Common;
using IRLearn.Application.Grading.Queries.ExportGradebook;
using IRLearn.Application.Grading.Queries.GetGradebook;
using IRLearn.Domain.Quizzes;

namespace IRLearn.Application.Tests.Grading;

public sealed class CsvWriterTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Theory]
    [InlineData("Aigerim", "Aigerim")]
    [InlineData("Okafor, Daniel", "\"Okafor, Daniel\"")]
    [InlineData("The \"Realist\"", "\"The \"\"Realist\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+44 20", "'+44 20")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\tindent", "'\tindent")]
    [InlineData("\rcarriage", "\"'\rcarriage\"")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Escape_QuotesPerRfc4180_AndDefusesFormulaStarts(string? cell, string expected) =>
        Assert.Equal(expected, CsvWriter.Escape(cell));

    [Fact]
    public void Rows_EndWithCrLf_AndTheFileStartsWithAUtf8ByteOrderMark()
    {
        var csv = new CsvWriter().Row("Zoë Ñúñez", "90").Row("Ōta", "80");

        var bytes = csv.ToUtf8WithBom();

        Assert.Equal(Bom, bytes[..3]);
        Assert.Equal("Zoë Ñúñez,90\r\nŌta,80\r\n", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }

    [Fact]
    public void GradebookCsv_HasAPercentAndStatusColumnPerAssignment_AndAnAverage()
    {
        var assignmentId = Guid.NewGuid();
        var book = new GradebookDto(
            Guid.NewGuid(),
            "IR 101",
            [new GradebookAssignmentDto(assignmentId, "Week 1, quiz", Guid.NewGuid(), GradingMethod.Highest, DateTimeOffset.UnixEpoch)],
            [
                new GradebookRowDto("s1", "-Minus, Mira", [new GradebookCellDto(assignmentId, CellStatus.Graded, 87.5m, [], false)], 87.5m),
                new GradebookRowDto("s2", "Zoë", [new GradebookCellDto(assignmentId, CellStatus.NotStarted, null, [], false)], null),
            ],
            2,
            1,
            0,
            1);

        var text = ExportGradebookQueryHandler.ToCsv(book).ToString();

        Assert.Equal(
            "Student,\"Week 1, quiz (%)\",\"Week 1, quiz status\",Average (%)\r\n"
            + "\"'-Minus, Mira\",87.5,Graded,87.5\r\n"
            + "Zoë,,Not started,\r\n",
            text);
    }
}
