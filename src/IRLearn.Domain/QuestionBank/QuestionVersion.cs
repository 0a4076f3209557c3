using IRLearn.Domain.Common;

namespace IRLearn.Domain.QuestionBank;

/// <summary>
/// One numbered state of a question's content. Attempts point at a version's <see cref="Entity.Id"/>,
/// so a version that any attempt may have shown never changes (see <see cref="Question.Edit"/>).
/// </summary>
public sealed class QuestionVersion : Entity
{
    private QuestionVersion()
    {
    }

    private QuestionVersion(Guid id)
        : base(id)
    {
    }

    public Guid QuestionId { get; private set; }

    /// <summary>1 for the first version, then 2, 3, … in order of creation.</summary>
    public int Number { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Stored as an owned JSON document.</summary>
    public QuestionContent Content { get; private set; } = null!;

    internal static QuestionVersion Create(Guid questionId, int number, QuestionContent content, DateTimeOffset now) =>
        new(Guid.CreateVersion7())
        {
            QuestionId = questionId,
            Number = number,
            Content = content,
            CreatedAt = now,
        };

    // Only for versions no attempt can have seen (the question was never approved).
    internal void ReplaceContent(QuestionContent content) => Content = content;
}
