namespace IRLearn.Infrastructure.Documents;

/// <summary>Limits for reading uploaded documents; bound from the "Documents" configuration section.</summary>
public sealed class DocumentReaderOptions
{
    public const string SectionName = "Documents";

    /// <summary>5 MB holds a long article as PDF or DOCX with room to spare, and keeps one upload from hogging memory.</summary>
    public const long DefaultMaxBytes = 5L * 1024 * 1024;

    /// <summary>The largest document accepted, in bytes. Enforced while reading, whatever the stream claims its length is.</summary>
    public long MaxBytes { get; set; } = DefaultMaxBytes;
}
