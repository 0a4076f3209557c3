namespace IRLearn.QuestionGeneration.Text;

/// <summary>A half-open span of a string: every stage reports positions this way so that offsets stay in the cleaned text.</summary>
public readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;

    public bool Contains(int position) => position >= Start && position < End;

    public bool Overlaps(TextRange other) => Start < other.End && other.Start < End;

    public string Slice(string text) => text.Substring(Start, Length);
}
