using IRLearn.Web.Infrastructure;

namespace IRLearn.Web.Tests.Infrastructure;

public sealed partial class DisplayNamesTests
{
    public static TheoryData<string, string[]> EveryEnum() => new()
    {
        { nameof(QuestionType), Names<QuestionType>() },
        { nameof(ReviewStatus), Names<ReviewStatus>() },
        { nameof(Difficulty), Names<Difficulty>() },
        { nameof(QuestionOrigin), Names<QuestionOrigin>() },
        { nameof(LessonStatus), Names<LessonStatus>() },
        { nameof(QuizStatus), Names<QuizStatus>() },
        { nameof(FeedbackPolicy), Names<FeedbackPolicy>() },
        { nameof(GradingMethod), Names<GradingMethod>() },
        { nameof(AttemptStatus), Names<AttemptStatus>() },
        { nameof(LatePolicy), Names<LatePolicy>() },
    };

    [Theory]
    [MemberData(nameof(EveryEnum))]
    public void EveryValue_HasAReadableNameOfItsOwn(string enumName, string[] names)
    {
        Assert.All(names, name =>
        {
            Assert.False(string.IsNullOrWhiteSpace(name), $"{enumName} has a value without a name.");
            Assert.False(CamelHump().IsMatch(name), $"{enumName} shows the code name \"{name}\".");
            Assert.True(char.IsUpper(name[0]), $"{enumName}'s \"{name}\" should start with a capital.");
        });
        Assert.Equal(names.Length, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void MultiWordMembers_AreSpelledAsWords()
    {
        Assert.Equal("Multiple choice", DisplayNames.Of(QuestionType.MultipleChoice));
        Assert.Equal("Fill in the blank", DisplayNames.Of(QuestionType.FillInBlank));
        Assert.Equal("Awaiting review", DisplayNames.Of(ReviewStatus.Proposed));
        Assert.Equal("After the attempt is submitted", DisplayNames.Of(FeedbackPolicy.AfterSubmission));
    }

    [Fact]
    public void Choices_KeepDeclarationOrder_AndBindByMemberName()
    {
        var choices = DisplayNames.Choices<QuestionType>();

        Assert.Equal(Enum.GetNames<QuestionType>(), choices.Select(c => c.Value));
        Assert.Equal("True or false", choices.Single(c => c.Value == nameof(QuestionType.TrueFalse)).Text);
    }

    private static string[] Names<TEnum>()
        where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Select(v => DisplayNames.Of(v))];

    [GeneratedRegex("[a-z][A-Z]")]
    private static partial Regex CamelHump();
}
