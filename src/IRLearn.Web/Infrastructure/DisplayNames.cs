using Microsoft.AspNetCore.Mvc.Rendering;

namespace IRLearn.Web.Infrastructure;

/// <summary>
/// The words a page shows for the domain's enums ("Multiple choice", not "MultipleChoice"). Written out per value,
/// not derived from the member names, so renaming a member cannot change what users read, and a new member without a
/// name here fails <c>DisplayNamesTests</c> instead of leaking its code name onto a page.
/// </summary>
public static class DisplayNames
{
    public static string Of(QuestionType type) => type switch
    {
        QuestionType.MultipleChoice => "Multiple choice",
        QuestionType.MultipleResponse => "Multiple response",
        QuestionType.TrueFalse => "True or false",
        QuestionType.FillInBlank => "Fill in the blank",
        QuestionType.Numeric => "Numeric",
        QuestionType.ShortAnswer => "Short answer",
        QuestionType.Matching => "Matching",
        _ => Unnamed(type),
    };

    public static string Of(ReviewStatus status) => status switch
    {
        ReviewStatus.Proposed => "Awaiting review",
        ReviewStatus.Approved => "Approved",
        ReviewStatus.Rejected => "Rejected",
        ReviewStatus.Retired => "Retired",
        _ => Unnamed(status),
    };

    public static string Of(Difficulty difficulty) => difficulty switch
    {
        Difficulty.Easy => "Easy",
        Difficulty.Medium => "Medium",
        Difficulty.Hard => "Hard",
        _ => Unnamed(difficulty),
    };

    public static string Of(QuestionOrigin origin) => origin switch
    {
        QuestionOrigin.Generated => "Generated from the article",
        QuestionOrigin.Authored => "Written by hand",
        _ => Unnamed(origin),
    };

    public static string Of(LessonStatus status) => status switch
    {
        LessonStatus.Draft => "Draft",
        LessonStatus.Published => "Published",
        LessonStatus.Archived => "Archived",
        _ => Unnamed(status),
    };

    public static string Of(QuizStatus status) => status switch
    {
        QuizStatus.Draft => "Draft",
        QuizStatus.Published => "Published",
        _ => Unnamed(status),
    };

    public static string Of(FeedbackPolicy policy) => policy switch
    {
        FeedbackPolicy.Immediately => "Immediately, after each answer",
        FeedbackPolicy.AfterSubmission => "After the attempt is submitted",
        FeedbackPolicy.AfterDueDate => "After the due date",
        FeedbackPolicy.Never => "Never",
        _ => Unnamed(policy),
    };

    public static string Of(GradingMethod method) => method switch
    {
        GradingMethod.Highest => "Highest attempt",
        GradingMethod.Latest => "Latest attempt",
        GradingMethod.First => "First attempt",
        GradingMethod.Average => "Average of attempts",
        _ => Unnamed(method),
    };

    public static string Of(AttemptStatus status) => status switch
    {
        AttemptStatus.InProgress => "In progress",
        AttemptStatus.Submitted => "Submitted",
        AttemptStatus.Graded => "Graded",
        AttemptStatus.NeedsGrading => "Needs grading",
        _ => Unnamed(status),
    };

    public static string Of(LatePolicy policy) => policy switch
    {
        LatePolicy.AutoSubmit => "Submit automatically at the deadline",
        LatePolicy.Reject => "Refuse answers after the deadline",
        _ => Unnamed(policy),
    };

    /// <summary>The name of any enum value this class knows; for a select list over a whole enum.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => value switch
        {
            QuestionType v => Of(v),
            ReviewStatus v => Of(v),
            Difficulty v => Of(v),
            QuestionOrigin v => Of(v),
            LessonStatus v => Of(v),
            QuizStatus v => Of(v),
            FeedbackPolicy v => Of(v),
            GradingMethod v => Of(v),
            AttemptStatus v => Of(v),
            LatePolicy v => Of(v),
            _ => Unnamed(value),
        };

    /// <summary>
    /// Options for a &lt;select asp-items&gt; over an enum, in declaration order, valued by the member name (model
    /// binding reads it, and the select tag helper marks the bound value selected).
    /// </summary>
    public static IReadOnlyList<SelectListItem> Choices<TEnum>()
        where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(v => new SelectListItem(Of(v), v.ToString()))];

    // A value with no name here is a programming error the tests catch; on a page it still shows something.
    private static string Unnamed<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString();
}
