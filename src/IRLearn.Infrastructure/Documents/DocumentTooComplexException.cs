namespace IRLearn.Infrastructure.Documents;

/// <summary>
/// Thrown inside the reader when a document exceeds one of <see cref="DocumentReaderOptions"/>' limits;
/// <see cref="DocumentReader"/> turns it into a "too large or too complex" answer. An exception rather
/// than a return value because the limits are checked deep inside scanners and inflaters.
/// </summary>
public sealed class DocumentTooComplexException(string reason) : Exception(reason)
{
    /// <summary>What was exceeded, in words for the user ("it nests elements more than 256 deep").</summary>
    public string Reason { get; } = reason;
}
