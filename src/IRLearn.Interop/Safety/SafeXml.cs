using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace IRLearn.Interop.Safety;

/// <summary>
/// The only way the interop readers parse XML. DTD processing is prohibited and there is no resolver, so no entity
/// is ever expanded (billion laughs), no external entity or DTD is fetched (XXE), and a document is capped at
/// <see cref="InteropLimits.MaxXmlCharacters"/>. One exception keeps real QTI 1.2 files readable: a DOCTYPE that only
/// names an external DTD (<c>&lt;!DOCTYPE questestinterop SYSTEM "ims_qtiasiv1p2p1.dtd"&gt;</c>) declares nothing,
/// so the document is read again with the DOCTYPE ignored, still without a resolver. A DOCTYPE with an internal
/// subset (where entities are declared) is refused.
/// </summary>
internal static class SafeXml
{
    public static XDocument Load(byte[] content, string what, ICollection<string>? warnings = null)
    {
        try
        {
            return Parse(content, DtdProcessing.Prohibit);
        }
        catch (XmlException ex) when (HasDoctype(content))
        {
            if (HasInternalSubset(content))
            {
                throw new InteropFileException(
                    $"{what} declares a DTD with an internal subset (entity declarations). IRLearn never expands XML entities, so the file is refused.",
                    ex);
            }

            warnings?.Add($"{what} names an external DTD; it was not fetched and the DOCTYPE was ignored.");
            return ParseOrExplain(content, DtdProcessing.Ignore, what);
        }
        catch (XmlException ex)
        {
            throw new InteropFileException($"{what} is not well-formed XML (line {ex.LineNumber}, position {ex.LinePosition}): {FirstSentence(ex.Message)}", ex);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or DecoderFallbackException)
        {
            throw new InteropFileException($"{what} uses a character encoding IRLearn cannot read ({FirstSentence(ex.Message)}). Save it as UTF-8.", ex);
        }
    }

    private static XDocument ParseOrExplain(byte[] content, DtdProcessing dtd, string what)
    {
        try
        {
            return Parse(content, dtd);
        }
        catch (XmlException ex)
        {
            throw new InteropFileException($"{what} is not well-formed XML (line {ex.LineNumber}, position {ex.LinePosition}): {FirstSentence(ex.Message)}", ex);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or DecoderFallbackException)
        {
            throw new InteropFileException($"{what} uses a character encoding IRLearn cannot read ({FirstSentence(ex.Message)}). Save it as UTF-8.", ex);
        }
    }

    private static XDocument Parse(byte[] content, DtdProcessing dtd)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = dtd,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            MaxCharactersInDocument = InteropLimits.MaxXmlCharacters,
            IgnoreProcessingInstructions = true,
            IgnoreComments = true,
            CloseInput = true,
        };
        using var stream = new MemoryStream(content, writable: false);
        using var reader = XmlReader.Create(stream, settings);
        return XDocument.Load(reader, LoadOptions.SetLineInfo);
    }

    private static bool HasDoctype(byte[] content) => Head(content).Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);

    private static bool HasInternalSubset(byte[] content)
    {
        var head = Head(content);
        var start = head.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        var bracket = head.IndexOf('[', start);
        var close = head.IndexOf('>', start);
        return bracket >= 0 && (close < 0 || bracket < close);
    }

    // The prolog is ASCII in every encoding XML allows, except UTF-16/32, which the BOM-aware reader decodes.
    private static string Head(byte[] content)
    {
        using var reader = new StreamReader(new MemoryStream(content, 0, Math.Min(content.Length, 64 * 1024)), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }
}
