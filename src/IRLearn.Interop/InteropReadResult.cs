namespace IRLearn.Interop;

/// <summary>A question the reader saw but could not import, with the reason an instructor can act on.</summary>
public sealed record SkippedQuestion(string Name, string Reason);

/// <summary>What one file held: the questions it could read, those it skipped and why, and file-level warnings.</summary>
public sealed record InteropReadResult(
    InteropFormat Format,
    IReadOnlyList<InteropQuestion> Questions,
    IReadOnlyList<SkippedQuestion> Skipped,
    IReadOnlyList<string> Warnings);

/// <summary>
/// The file as a whole cannot be read (not well-formed, hostile, too large, wrong encoding, an invalid grade that
/// makes Moodle refuse the file). Nothing from it may be imported; <see cref="Exception.Message"/> is for the user.
/// </summary>
public sealed class InteropFileException : Exception
{
    public InteropFileException(string message)
        : base(message)
    {
    }

    public InteropFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InteropFileException()
    {
    }
}

/// <summary>Collects a reader's questions, skips and warnings, and enforces <see cref="InteropLimits.MaxQuestions"/>.</summary>
internal sealed class ReadCollector(InteropFormat format)
{
    private readonly List<InteropQuestion> _questions = [];
    private readonly List<SkippedQuestion> _skipped = [];
    private readonly List<string> _warnings = [];

    public InteropFormat Format { get; set; } = format;

    public void Add(InteropQuestion question)
    {
        EnsureRoom();
        _questions.Add(question with { Warnings = [.. question.Warnings.Distinct(StringComparer.Ordinal)] });
    }

    public void Skip(string name, string reason)
    {
        EnsureRoom();
        _skipped.Add(new SkippedQuestion(string.IsNullOrWhiteSpace(name) ? $"question {_questions.Count + _skipped.Count + 1}" : name, reason));
    }

    public void Warn(string warning) => _warnings.Add(warning);

    public void Merge(InteropReadResult other)
    {
        foreach (var question in other.Questions)
        {
            Add(question);
        }

        foreach (var skipped in other.Skipped)
        {
            EnsureRoom();
            _skipped.Add(skipped);
        }

        _warnings.AddRange(other.Warnings);
    }

    public InteropReadResult Result() => new(Format, _questions, _skipped, _warnings);

    private void EnsureRoom()
    {
        if (_questions.Count + _skipped.Count >= InteropLimits.MaxQuestions)
        {
            throw new InteropFileException($"The file holds more than {InteropLimits.MaxQuestions} questions, the most one import accepts.");
        }
    }
}
