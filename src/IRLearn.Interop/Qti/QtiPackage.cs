using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using IRLearn.Interop.Safety;
using IRLearn.Interop.Text;

namespace IRLearn.Interop.Qti;

/// <summary>
/// IMS content packages: a zip with <c>imsmanifest.xml</c> listing one resource per item. Reading follows the
/// manifest (QTI 2.x, 3.0 and Canvas's QTI 1.2 resources; tests and other resources are not questions) and takes
/// each item's keywords and difficulty from its LOM metadata; a zip without a manifest is read file by file.
/// Writing puts one item per question under <c>items/</c> with the same metadata.
/// </summary>
internal static class QtiPackage
{
    private static readonly XNamespace Lom = "http://ltsc.ieee.org/xsd/LOM";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static InteropReadResult Read(byte[] content, string fileName)
    {
        var files = SafeZip.Read(content, fileName);
        var collector = new ReadCollector(InteropFormat.Qti21);
        var manifestPath = files.Keys.Where(k => k.Equals("imsmanifest.xml", StringComparison.OrdinalIgnoreCase) || k.EndsWith("/imsmanifest.xml", StringComparison.OrdinalIgnoreCase))
            .OrderBy(k => k.Length)
            .FirstOrDefault();
        var formats = new HashSet<InteropFormat>();
        if (manifestPath is null)
        {
            collector.Warn($"{fileName} has no imsmanifest.xml; every XML file in it was read.");
            foreach (var (path, bytes) in files.Where(f => f.Key.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)).OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                ReadFile(path, bytes, QtiItemMetadata.None, collector, formats, quiet: true);
            }
        }
        else
        {
            var folder = manifestPath.Length > "imsmanifest.xml".Length ? manifestPath[..^"imsmanifest.xml".Length] : string.Empty;
            var warnings = new List<string>();
            var manifest = SafeXml.Load(files[manifestPath], $"{fileName}: imsmanifest.xml", warnings);
            warnings.ForEach(collector.Warn);
            foreach (var resource in manifest.Descendants().Where(e => e.Name.LocalName == "resource"))
            {
                var type = (string?)resource.Attribute("type") ?? string.Empty;
                if (!type.StartsWith("imsqti_item_", StringComparison.Ordinal) && !type.StartsWith("imsqti_xmlv1p2", StringComparison.Ordinal))
                {
                    continue;
                }

                var href = (string?)resource.Attribute("href") ?? (string?)resource.Elements().FirstOrDefault(e => e.Name.LocalName == "file")?.Attribute("href");
                if (href is null)
                {
                    collector.Warn($"resource {(string?)resource.Attribute("identifier")} names no file");
                    continue;
                }

                var path = folder + Uri.UnescapeDataString(href).Replace('\\', '/');
                if (!files.TryGetValue(path, out var bytes))
                {
                    collector.Warn($"the manifest lists {href}, which is not in the package");
                    continue;
                }

                ReadFile(path, bytes, Metadata(resource), collector, formats, quiet: false);
            }
        }

        collector.Format = formats.Contains(InteropFormat.Qti30) ? InteropFormat.Qti30 : formats.Contains(InteropFormat.Qti12) ? InteropFormat.Qti12 : InteropFormat.Qti21;
        var result = collector.Result();
        if (result.Questions.Count == 0 && result.Skipped.Count == 0)
        {
            throw new InteropFileException($"{fileName} holds no QTI items.");
        }

        return result;
    }

    /// <summary>Reads one loose QTI XML document (an item, or a QTI 1.2 <c>questestinterop</c>).</summary>
    public static InteropReadResult ReadDocument(XDocument document, string fileName, IReadOnlyList<string> warnings)
    {
        var collector = new ReadCollector(InteropFormat.Qti21);
        foreach (var warning in warnings)
        {
            collector.Warn(warning);
        }

        var formats = new HashSet<InteropFormat>();
        ReadRoot(document.Root!, fileName, QtiItemMetadata.None, collector, formats);
        collector.Format = formats.FirstOrDefault(InteropFormat.Qti21);
        return collector.Result();
    }

    public static byte[] Write(IReadOnlyList<(InteropQuestion Question, string Identifier)> questions, bool qti3, string packageTitle)
    {
        XNamespace cp = qti3 ? "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1" : "http://www.imsglobal.org/xsd/imscp_v1p1";
        var itemType = qti3 ? "imsqti_item_xmlv3p0" : "imsqti_item_xmlv2p1";
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var resources = new XElement(cp + "resources");
            foreach (var (question, identifier) in questions)
            {
                var href = $"items/{identifier}.xml";
                Add(zip, href, QtiItemWriter.Write(question, identifier, qti3));
                resources.Add(new XElement(
                    cp + "resource",
                    new XAttribute("identifier", "RES-" + identifier),
                    new XAttribute("type", itemType),
                    new XAttribute("href", href),
                    ItemMetadata(cp, question),
                    new XElement(cp + "file", new XAttribute("href", href))));
            }

            var schemaLocation = qti3
                ? $"{cp.NamespaceName} https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd {Lom.NamespaceName} https://purl.imsglobal.org/spec/md/v1p3/schema/xsd/imsmd_loose_v1p3p2.xsd"
                : $"{cp.NamespaceName} http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd {Lom.NamespaceName} http://www.imsglobal.org/xsd/imsmd_loose_v1p3p2.xsd";
            var manifest = new XElement(
                cp + "manifest",
                new XAttribute("identifier", "MANIFEST-IRLEARN"),
                new XAttribute(XNamespace.Xmlns + "imsmd", Lom),
                new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
                new XAttribute(Xsi + "schemaLocation", schemaLocation),
                new XElement(
                    cp + "metadata",
                    new XElement(cp + "schema", qti3 ? "QTI Package" : "QTIv2.1 Package"),
                    new XElement(cp + "schemaversion", qti3 ? "3.0.0" : "1.0.0"),
                    new XElement(Lom + "lom", new XElement(Lom + "general", new XElement(Lom + "title", new XElement(Lom + "string", packageTitle))))),
                new XElement(cp + "organizations"),
                resources);
            Add(zip, "imsmanifest.xml", new XDocument(new XDeclaration("1.0", "UTF-8", null), manifest));
        }

        return stream.ToArray();
    }

    private static XElement? ItemMetadata(XNamespace cp, InteropQuestion question)
    {
        if (question.Tags.Count == 0 && question.Difficulty is null)
        {
            return null;
        }

        var lom = new XElement(Lom + "lom");
        if (question.Tags.Count > 0)
        {
            lom.Add(new XElement(Lom + "general", question.Tags.Select(t => new XElement(Lom + "keyword", new XElement(Lom + "string", t)))));
        }

        if (question.Difficulty is { } difficulty)
        {
            // LOM's vocabulary: very easy, easy, medium, difficult, very difficult.
            var value = difficulty == "hard" ? "difficult" : difficulty;
            lom.Add(new XElement(Lom + "educational", new XElement(Lom + "difficulty", new XElement(Lom + "source", "LOMv1.0"), new XElement(Lom + "value", value))));
        }

        return new XElement(cp + "metadata", lom);
    }

    private static QtiItemMetadata Metadata(XElement resource)
    {
        var lom = resource.Elements().FirstOrDefault(e => e.Name.LocalName == "metadata")?.Descendants().FirstOrDefault(e => e.Name.LocalName == "lom");
        if (lom is null)
        {
            return QtiItemMetadata.None;
        }

        var keywords = lom.Descendants().Where(e => e.Name.LocalName == "keyword")
            .Select(k => HtmlText.OneLine(k.Descendants().FirstOrDefault(d => d.Name.LocalName == "string")?.Value ?? k.Value))
            .Where(k => k.Length > 0)
            .ToList();
        var difficulty = lom.Descendants().FirstOrDefault(e => e.Name.LocalName == "difficulty")?.Descendants().FirstOrDefault(e => e.Name.LocalName == "value")?.Value.Trim().ToLowerInvariant() switch
        {
            "very easy" or "easy" => "easy",
            "medium" => "medium",
            "difficult" or "very difficult" => "hard",
            _ => null,
        };
        return new QtiItemMetadata(keywords, difficulty);
    }

    private static void ReadFile(string path, byte[] bytes, QtiItemMetadata metadata, ReadCollector collector, HashSet<InteropFormat> formats, bool quiet)
    {
        try
        {
            var warnings = new List<string>();
            var document = SafeXml.Load(bytes, path, warnings);
            warnings.ForEach(collector.Warn);
            ReadRoot(document.Root!, path, metadata, collector, formats, quiet);
        }
        catch (InteropFileException ex)
        {
            // One unreadable item does not spoil the package: it is reported, the others are read.
            collector.Skip(path, ex.Message);
        }
    }

    private static void ReadRoot(XElement root, string path, QtiItemMetadata metadata, ReadCollector collector, HashSet<InteropFormat> formats, bool quiet = false)
    {
        var name = root.Name.LocalName;
        if (name is "assessmentItem" or "qti-assessment-item")
        {
            formats.Add(root.Name.NamespaceName == QtiNames.Qti30Namespace ? InteropFormat.Qti30 : InteropFormat.Qti21);
            QtiItemReader.Read(root, path, metadata, collector);
        }
        else if (name == "questestinterop")
        {
            formats.Add(InteropFormat.Qti12);
            Qti12Reader.Read(root, collector);
        }
        else if (!quiet)
        {
            collector.Skip(path, $"<{name}> is not a QTI item");
        }
    }

    private static void Add(ZipArchive zip, string path, XDocument document)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
        using var stream = entry.Open();
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true });
        document.Save(writer);
    }
}
