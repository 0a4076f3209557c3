namespace IRLearn.Web.Pages.Learn;

/// <summary>What the shared question partial needs: the question, how its fields are named, and whether it can still be answered.</summary>
/// <param name="NamePrefix">The form-field prefix that binds to an <see cref="AnswerFormInput"/> (for example <c>Answers[2]</c>).</param>
/// <param name="SaveHandler">The URL of the plain-form save for this question; null for no button.</param>
/// <param name="LessonUrl">Where a missed question sends the student to read again; null for no link.</param>
public sealed record QuestionFieldsModel(
    AttemptQuestionDto Question,
    string NamePrefix,
    bool Editable,
    string? SaveHandler = null,
    string SaveLabel = "Save answer",
    string IdPrefix = "q",
    bool ShowPoints = true,
    string? LessonUrl = null);

/// <summary>One answer as a form posts it (see the partial's field names).</summary>
public sealed class AnswerFormInput
{
    public int Number { get; set; }

    public List<int> Options { get; set; } = [];

    public string? Text { get; set; }

    public List<int?> Matches { get; set; } = [];

    public AnswerInput ToInput() => new(Number, Options, Text, Matches);
}
