using IRLearn.QuestionGeneration.Entities;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Analysis;

/// <summary>A pronoun or "the country"-style phrase and the entity it was resolved to (null when no confident antecedent exists).</summary>
public sealed record PronounLink(TextRange Range, string Surface, Mention? Antecedent)
{
    public bool IsPossessive =>
        Surface is "its" or "Its" or "his" or "His" || Surface.EndsWith("’s", StringComparison.Ordinal) || Surface.EndsWith("'s", StringComparison.Ordinal);
}

/// <summary>One sentence of the cleaned article with everything the analysis learnt about it.</summary>
public sealed class SentenceInfo(int index, TextRange range, string text, int blockIndex, IReadOnlyList<Mention> mentions)
{
    public int Index { get; } = index;

    public TextRange Range { get; } = range;

    public string Text { get; } = text;

    public int BlockIndex { get; } = blockIndex;

    public IReadOnlyList<Mention> Mentions { get; } = mentions;

    /// <summary>The entity that the sentence is about grammatically, when one can be told.</summary>
    public Mention? Subject { get; set; }

    /// <summary>What the sentence is about: its subject, or the antecedent of the pronoun it opens with.</summary>
    public Mention? Topic { get; set; }

    public IReadOnlyList<PronounLink> Pronouns { get; set; } = [];

    /// <summary>The sentence before it in the same paragraph, if any: a stem may quote it when this one opens by pointing back.</summary>
    public SentenceInfo? Previous { get; set; }

    public int WordCount { get; } = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    public double Salience { get; set; }

    /// <summary>When the article was published, when its page said so: relative times in stems are resolved against it.</summary>
    public DateOnly? Published { get; set; }
}
