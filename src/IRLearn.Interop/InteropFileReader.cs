using IRLearn.Interop.Gift;
using IRLearn.Interop.Moodle;
using IRLearn.Interop.Qti;
using IRLearn.Interop.Safety;

namespace IRLearn.Interop;

/// <summary>
/// Reads one uploaded file of any supported format. The format is decided by the content, not the name: a zip is a
/// QTI content package; XML is Moodle XML (<c>&lt;quiz&gt;</c>), a QTI 2.1/3.0 item or QTI 1.2 by its root element;
/// anything else must be GIFT text. A file that cannot be read as a whole throws <see cref="InteropFileException"/>
/// with a message for the user, and nothing from it should be imported.
/// </summary>
public static class InteropFileReader
{
    public static InteropReadResult Read(string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var name = string.IsNullOrWhiteSpace(fileName) ? "The file" : Path.GetFileName(fileName);
        if (content.Length == 0)
        {
            throw new InteropFileException($"{name} is empty.");
        }

        if (content.Length > InteropLimits.MaxFileBytes)
        {
            throw new InteropFileException($"{name} is {content.Length / 1024} KB; the largest file IRLearn imports is {InteropLimits.MaxFileBytes / (1024 * 1024)} MB.");
        }

        if (SafeZip.LooksLikeZip(content))
        {
            return QtiPackage.Read(content, name);
        }

        if (LooksLikeXml(content))
        {
            var warnings = new List<string>();
            var document = SafeXml.Load(content, name, warnings);
            var root = document.Root!.Name.LocalName;
            return root switch
            {
                "quiz" => MoodleXmlReader.Read(document, name, warnings),
                "assessmentItem" or "qti-assessment-item" or "questestinterop" => QtiPackage.ReadDocument(document, name, warnings),
                "manifest" => throw new InteropFileException($"{name} is a package manifest; import the whole package as a .zip file."),
                "assessmentTest" or "qti-assessment-test" => throw new InteropFileException($"{name} is a QTI assessment test, which only points at items in other files; import the whole package as a .zip file."),
                _ => throw new InteropFileException($"{name} is XML with the root element <{root}>, which is neither Moodle XML nor QTI."),
            };
        }

        var result = GiftReader.Read(content, name);
        if (result.Questions.Count == 0 && result.Skipped.All(s => s.Reason.StartsWith("description", StringComparison.Ordinal)))
        {
            throw new InteropFileException($"{name} holds no questions: it is not GIFT (no answer blocks in braces), Moodle XML, QTI or a QTI package.");
        }

        return result;
    }

    /// <summary>The first character after a byte-order mark and white space is '&lt;' (in UTF-8 or UTF-16).</summary>
    private static bool LooksLikeXml(byte[] content)
    {
        var (start, step, offset) = content switch
        {
            [0xFF, 0xFE, ..] => (2, 2, 0),
            [0xFE, 0xFF, ..] => (2, 2, 1),
            [0xEF, 0xBB, 0xBF, ..] => (3, 1, 0),
            _ => (0, 1, 0),
        };
        for (var i = start + offset; i < content.Length; i += step)
        {
            if (content[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                continue;
            }

            return content[i] == (byte)'<';
        }

        return false;
    }
}
