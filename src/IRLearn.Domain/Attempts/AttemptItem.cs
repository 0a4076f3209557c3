namespace IRLearn.Domain.Attempts;

/// <summary>
/// A question as this attempt shows it: its position, the exact version, its points, and the
/// display order of its options (for matching: of the right-hand items), fixed when the attempt
/// starts so that a reload or another device shows the same order. <see cref="OptionOrder"/>
/// lists canonical option indexes in display order; answers always use canonical indexes.
/// </summary>
public sealed class AttemptItem
{
    // For EF Core.
    private AttemptItem()
    {
    }

    internal AttemptItem(int order, Guid questionId, Guid questionVersionId, decimal points, List<int> optionOrder)
    {
        Order = order;
        QuestionId = questionId;
        QuestionVersionId = questionVersionId;
        Points = points;
        OptionOrder = optionOrder;
    }

    public int Order { get; private set; }

    public Guid QuestionId { get; private set; }

    public Guid QuestionVersionId { get; private set; }

    public decimal Points { get; private set; }

    public IReadOnlyList<int> OptionOrder { get; private set; } = [];
}
