namespace IRLearn.Interop;

/// <summary>The interchange formats IRLearn reads; all but <see cref="Qti12"/> are also written.</summary>
public enum InteropFormat
{
    Gift,
    MoodleXml,
    Qti21,
    Qti30,

    /// <summary>QTI 1.2 as Canvas and older IMS tools write it; read only.</summary>
    Qti12,
}

/// <summary>
/// The stated limits on what an import accepts. A file beyond any of them is refused as a whole with a message
/// that names the limit, so a hostile upload (zip bomb, billion laughs, a huge file) costs bounded memory and time.
/// </summary>
public static class InteropLimits
{
    /// <summary>Largest file accepted, zipped or not.</summary>
    public const int MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>Most entries a QTI package may list (files and folders).</summary>
    public const int MaxZipEntries = 2000;

    /// <summary>Largest single file inside a package, once inflated.</summary>
    public const long MaxZipEntryBytes = 5 * 1024 * 1024;

    /// <summary>Most bytes all the files of a package inflate to, together.</summary>
    public const long MaxZipTotalBytes = 25 * 1024 * 1024;

    /// <summary>Most characters one XML document may hold (after decoding).</summary>
    public const long MaxXmlCharacters = 10_000_000;

    /// <summary>Most questions (imported plus skipped) one file may hold.</summary>
    public const int MaxQuestions = 2000;
}
