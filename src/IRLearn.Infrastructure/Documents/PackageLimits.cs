using System.IO.Compression;
using System.Xml;

namespace IRLearn.Infrastructure.Documents;

/// <summary>
/// Checks a .docx package against the budget before the Open XML SDK sees it. Every entry is
/// inflated once through a <see cref="MeteredStream"/> (the SDK reads more than document.xml: styles,
/// numbering, core properties; a ZIP bomb can hide in any of them, and a ZIP's declared sizes are only
/// claims), and every entry that parses as XML is walked with a streaming reader that counts elements
/// and depth and refuses a document type declaration, the door to entity expansion ("billion laughs").
/// Streaming keeps the check's own memory flat whatever the package holds.
/// </summary>
public static class PackageLimits
{
    /// <summary>A Word document has a dozen or two parts; a thousand is an archive, not a document.</summary>
    public const int MaxEntries = 1_000;

    /// <summary>Throws <see cref="DocumentTooComplexException"/> when over a limit, <see cref="InvalidDataException"/> when the ZIP is damaged.</summary>
    public static void Check(byte[] package, DocumentBudget budget)
    {
        using var zip = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        if (zip.Entries.Count > MaxEntries)
        {
            throw new DocumentTooComplexException($"it holds more than {MaxEntries:N0} parts");
        }

        long elements = 0;
        foreach (var entry in zip.Entries)
        {
            budget.CheckTime();
            using var metered = new MeteredStream(entry.Open(), budget);
            elements = CountXml(metered, budget, elements);

            // Whatever the XML reader did not need (a binary part, or the rest after malformed XML) still has to be inflated to be counted.
            metered.Drain();
        }
    }

    private static long CountXml(MeteredStream part, DocumentBudget budget, long elements)
    {
        var settings = new XmlReaderSettings
        {
            // Parse (rather than prohibit) so the declaration is seen as a node and refused by name below,
            // before any entity in it is referenced; no resolver, so nothing outside the package is fetched.
            DtdProcessing = DtdProcessing.Parse,
            XmlResolver = null,
            // Parameter entities expand while the declaration itself is parsed; this caps that too.
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        };

        try
        {
            using var reader = XmlReader.Create(part, settings);
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.DocumentType:
                        throw new DocumentTooComplexException("its XML declares a document type (DTD), which Word never writes");
                    case XmlNodeType.Element:
                        elements += 1 + reader.AttributeCount;
                        budget.CheckElements(elements);
                        budget.CheckDepth(reader.Depth + 1);
                        break;
                }
            }
        }
        catch (XmlException)
        {
            // Not XML (an image, a font) or damaged XML: the SDK will report a damaged part it needs.
        }

        return elements;
    }
}
