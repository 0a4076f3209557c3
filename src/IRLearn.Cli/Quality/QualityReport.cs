using System.Globalization;
using System.Text;
using IRLearn.QuestionGeneration;
using IRLearn.QuestionGeneration.Questions.Scoring;

namespace IRLearn.Cli.Quality;

/// <summary>The measured quality of one document's output.</summary>
public sealed record DocumentQuality(
    string Article,
    string Format,
    int Facts,
    int BankCovered,
    int AllCovered,
    int Bank,
    int More,
    int BodyWords,
    int BankBoilerplate,
    int AllBoilerplate,
    int LabelledA,
    int LabelledB,
    int Labelled);

/// <summary>
/// The issue's measurements over a labelled corpus, per document and in total: key-fact recall of the default bank and
/// of all candidates (bank plus more candidates), questions from boilerplate, bank size, body words per bank question,
/// and the blind judges' verdicts on the bank questions that have labels.
/// </summary>
public static class QualityReport
{
    public static DocumentQuality Measure(CorpusDocument document, GenerationResult result, int bodyWords, IReadOnlyDictionary<string, QualityLabel> labels)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(labels);
        var all = result.Questions.Concat(result.MoreCandidates).ToList();
        var verdicts = result.Questions.Select(q => labels.GetValueOrDefault(QuestionKey.Compute(q))).OfType<QualityLabel>().ToList();
        return new DocumentQuality(
            document.Article,
            document.Format,
            document.Facts.Count,
            document.Facts.Count(f => result.Questions.Any(q => FactMatcher.Covers(q, f))),
            document.Facts.Count(f => all.Any(q => FactMatcher.Covers(q, f))),
            result.Questions.Count,
            result.MoreCandidates.Count,
            bodyWords,
            result.Questions.Count(q => FactMatcher.IsBoilerplate(q, document.Boilerplate)),
            all.Count(q => FactMatcher.IsBoilerplate(q, document.Boilerplate)),
            verdicts.Count(v => v.Grade == 'A'),
            verdicts.Count(v => v.Grade == 'B'),
            verdicts.Count);
    }

    public static string Render(IReadOnlyList<DocumentQuality> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"article",-44} {"fmt",-4} {"facts",5} {"bank",5} {"all",5} {"q",4} {"more",5} {"words",6} {"w/q",6} {"boiler",7} {"A",3} {"A+B",4} {"lab",4}");
        foreach (var format in rows.Select(r => r.Format).Distinct(StringComparer.Ordinal))
        {
            var group = rows.Where(r => r.Format == format).ToList();
            foreach (var r in group)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"{Shorten(r.Article, 44),-44} {r.Format,-4} {r.Facts,5} {r.BankCovered,5} {r.AllCovered,5} {r.Bank,4} {r.More,5} {r.BodyWords,6} {Ratio(r.BodyWords, r.Bank),6:0.0} {r.BankBoilerplate,3}/{r.AllBoilerplate,-3} {r.LabelledA,3} {r.LabelledA + r.LabelledB,4} {r.Labelled,4}");
            }

            text.AppendLine(Total(group));
        }

        return text.ToString();
    }

    public static string Total(IReadOnlyList<DocumentQuality> group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var format = group.Count > 0 ? group[0].Format : "-";
        int facts = group.Sum(r => r.Facts), bank = group.Sum(r => r.BankCovered), all = group.Sum(r => r.AllCovered);
        int questions = group.Sum(r => r.Bank), words = group.Sum(r => r.BodyWords), labelled = group.Sum(r => r.Labelled);
        int a = group.Sum(r => r.LabelledA), ab = a + group.Sum(r => r.LabelledB);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"TOTAL {format}: bank recall {Ratio(bank, facts):0.000} ({bank}/{facts}); all-candidates recall {Ratio(all, facts):0.000} ({all}); " +
            $"bank {questions} questions, {Ratio(words, questions):0.0} body words each; more candidates {group.Sum(r => r.More)}; " +
            $"boilerplate questions {group.Sum(r => r.BankBoilerplate)} in bank, {group.Sum(r => r.AllBoilerplate)} in all; " +
            $"labelled bank questions {labelled}: A {Ratio(a, labelled):0.00}, A+B {Ratio(ab, labelled):0.00}");
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..length];
}
