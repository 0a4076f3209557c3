using IRLearn.Interop.Gift;
using IRLearn.Interop.Moodle;
using IRLearn.Interop.Qti;

namespace IRLearn.Interop;

/// <summary>A written export: the bytes, a file name and the media type to serve it with.</summary>
public sealed record InteropFile(string FileName, string ContentType, byte[] Content);

/// <summary>Writes questions in one of the formats IRLearn exports (every <see cref="InteropFormat"/> except QTI 1.2).</summary>
public static class InteropFileWriter
{
    /// <param name="questions">The questions, each with an identifier that is stable across exports (used for QTI item files).</param>
    /// <param name="baseName">The file name without extension, e.g. the lesson's title made safe.</param>
    public static InteropFile Write(InteropFormat format, IReadOnlyList<(InteropQuestion Question, string Identifier)> questions, string baseName)
    {
        ArgumentNullException.ThrowIfNull(questions);
        return format switch
        {
            InteropFormat.Gift => new InteropFile($"{baseName}.gift.txt", "text/plain; charset=utf-8", GiftWriter.Write(questions.Select(q => q.Question))),
            InteropFormat.MoodleXml => new InteropFile($"{baseName}.moodle.xml", "application/xml", MoodleXmlWriter.Write(questions.Select(q => q.Question))),
            InteropFormat.Qti21 => new InteropFile($"{baseName}.qti21.zip", "application/zip", QtiPackage.Write(questions, qti3: false, baseName)),
            InteropFormat.Qti30 => new InteropFile($"{baseName}.qti30.zip", "application/zip", QtiPackage.Write(questions, qti3: true, baseName)),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "IRLearn reads QTI 1.2 but does not write it."),
        };
    }
}
