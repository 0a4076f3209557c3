using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using PdfPageSize = UglyToad.PdfPig.Content.PageSize;

namespace IRLearn.Infrastructure.Tests.Documents;

/// <summary>Real fixture files, built in memory so each test shows exactly what it reads.</summary>
public static class TestDocuments
{
    public const string ArticleTitle = "Water, Rail and Diplomacy: Central Asia's Balancing Act";

    /// <summary>An IR article written for these tests, in the scraped format, boilerplate included.</summary>
    public static readonly string[] ArticleParagraphs =
    [
        "Kazakhstan, the largest landlocked country in the world, has spent three decades presenting itself as a bridge between Europe and Asia. Its diplomats describe the approach as a multi-vector foreign policy, a deliberate effort to keep good relations with Russia, China, the United States and the European Union at the same time.",
        "In 1992 the country proposed the Conference on Interaction and Confidence Building Measures in Asia (CICA), a forum that now counts twenty-eight member states. President Kassym-Jomart Tokayev told a summit in Astana in October 2022 that the forum should become a full international organisation.",
        "Transport is the second pillar of the strategy. About 80% of overland freight between China and Europe crosses Kazakh territory, and the government plans to finish the Dostyk-Moyynty railway line by 2025 to double capacity on that route.",
        "Water may prove the hardest test. The United Nations estimates that five billion people could face water shortages by 2050, and the Aral Sea has already lost most of its volume since the 1960s. Kazakhstan and Uzbekistan signed an agreement in 2022 to manage the shared Syr Darya river more carefully.",
        "[Image by a photographer from a stock library]",
        "The author is a researcher in Central Asian politics. The views expressed in this article are the author's own.",
    ];

    public static string ArticleText => ArticleTitle + "\n\n" + string.Join("\n\n", ArticleParagraphs);

    public const string French =
        "La politique étrangère du Kazakhstan cherche depuis longtemps à faire du pays un pont entre l'Orient et l'Occident. "
        + "Lors du sommet de la Communauté des États indépendants à Bichkek, le président a rappelé que les conflits qui durent "
        + "depuis des décennies ne peuvent pas être résolus par le terrorisme. Le pays soutient la solution à deux États et souhaite "
        + "une réforme du Conseil de sécurité des Nations unies afin que les régions sous-représentées aient enfin une voix.";

    public const string Spanish =
        "La política exterior de Kazajistán ha buscado durante décadas convertir al país en un puente entre Oriente y Occidente. "
        + "En la cumbre de la Comunidad de Estados Independientes celebrada en Biskek, el presidente recordó que los conflictos que "
        + "duran desde hace años no pueden resolverse mediante el terrorismo. El país apoya la solución de dos Estados y pide una "
        + "reforma del Consejo de Seguridad de las Naciones Unidas para que las regiones con menos representación tengan voz.";

    public const string German =
        "Die Außenpolitik Kasachstans versucht seit langem, das Land als Brücke zwischen Ost und West zu etablieren. "
        + "Auf dem Gipfel der Gemeinschaft Unabhängiger Staaten in Bischkek erinnerte der Präsident daran, dass Konflikte, die seit "
        + "Jahrzehnten andauern, nicht durch Terrorismus gelöst werden können. Das Land unterstützt die Zweistaatenlösung und fordert "
        + "eine Reform des Sicherheitsrates der Vereinten Nationen, damit unterrepräsentierte Regionen endlich eine Stimme erhalten. "
        + "Was also bleibt, ist die Frage, wie die Nachbarn darauf reagieren werden.";

    public const string Russian =
        "Внешняя политика Казахстана давно стремится сделать страну мостом между Востоком и Западом. На саммите Содружества "
        + "Независимых Государств в Бишкеке президент напомнил, что конфликты, которые длятся десятилетиями, нельзя решить с помощью "
        + "терроризма. Страна поддерживает решение о двух государствах и призывает реформировать Совет Безопасности ООН, чтобы "
        + "недостаточно представленные регионы наконец получили голос.";

    public const string Chinese =
        "哈萨克斯坦的外交政策长期以来致力于使该国成为连接东西方的桥梁。在比什凯克举行的独立国家联合体峰会上，总统重申，"
        + "持续数十年的冲突不能通过恐怖主义来解决。该国支持两国方案，并呼吁改革联合国安全理事会，使代表性不足的地区最终获得发言权。";

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A PDF whose paragraphs are laid out as the given lines, with a paragraph gap between them.</summary>
    public static byte[] Pdf(string? title, params string[][] paragraphs)
    {
        var builder = new PdfDocumentBuilder();
        if (title is not null)
        {
            builder.DocumentInformation.Title = title;
        }

        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PdfPageSize.A4);
        var y = 780.0;
        foreach (var paragraph in paragraphs)
        {
            foreach (var line in paragraph)
            {
                if (line == PageBreak)
                {
                    page = builder.AddPage(PdfPageSize.A4);
                    y = 780;
                    continue;
                }

                page.AddText(line, 11, new PdfPoint(50, y), font);
                y -= 14;
            }

            y -= 14;
        }

        return builder.Build();
    }

    /// <summary>Put inside a PDF paragraph's lines to continue it at the top of a new page.</summary>
    public const string PageBreak = "\f";

    /// <summary>A .docx with the given paragraphs; a paragraph given as ("Title", text) gets that style.</summary>
    public static byte[] Docx(string? coreTitle, params (string? Style, string Text)[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                new Style(new StyleName { Val = "Title" }) { StyleId = "Title", Type = StyleValues.Paragraph },
                new Style(new StyleName { Val = "heading 1" }) { StyleId = "Heading1", Type = StyleValues.Paragraph });

            var body = new Body();
            foreach (var (style, text) in paragraphs)
            {
                var paragraph = new Paragraph();
                if (style is not null)
                {
                    paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
                }

                // Two runs per paragraph, as Word writes them, to prove runs are joined without a gap.
                var cut = text.Length / 2;
                paragraph.Append(new Run(new Text(text[..cut]) { Space = SpaceProcessingModeValues.Preserve }));
                paragraph.Append(new Run(new Text(text[cut..]) { Space = SpaceProcessingModeValues.Preserve }));
                body.Append(paragraph);
            }

            main.Document = new Document(body);
            if (coreTitle is not null)
            {
                document.PackageProperties.Title = coreTitle;
            }
        }

        return stream.ToArray();
    }

    /// <summary>A paragraph broken into lines of at most 80 characters, as a PDF lays it out.</summary>
    public static string[] Wrap(string paragraph)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in paragraph.Split(' '))
        {
            if (line.Length + word.Length > 80)
            {
                lines.Add(line.ToString().TrimEnd());
                line.Clear();
            }

            line.Append(word).Append(' ');
        }

        lines.Add(line.ToString().TrimEnd());
        return [.. lines];
    }
}
