namespace IRLearn.Web.Tests.Teach;

/// <summary>The app with one instructor's content in place: an imported article, its lesson with approved questions, a published quiz and an assigned classroom.</summary>
public sealed class OwnedContentFactory : IRLearnWebFactory, IAsyncLifetime
{
    public TeachData.Imported Imported { get; private set; } = null!;

    public Guid QuestionId { get; private set; }

    public Guid QuizId { get; private set; }

    public Guid ClassroomId { get; private set; }

    public async ValueTask InitializeAsync()
    {
        using var owner = await ApiClient.SignedInAsync(this, DemoAccounts.Instructor);
        Imported = await TeachData.ImportSeedAsync(owner, "Owner's lesson");
        var ids = await TeachData.QuestionIdsAsync(owner, Imported.LessonId);
        await TeachData.ReviewAsync(owner, ids.Take(3));
        QuestionId = ids[0];
        QuizId = await TeachData.CreatePublishedQuizAsync(owner, ids.Take(3), "Owner's quiz");
        ClassroomId = await TeachData.CreateClassroomAsync(owner, "Owner's classroom");
    }

    /// <summary>Fills the placeholders of a route template with this content's ids.</summary>
    public string Route(string template) => template
        .Replace("{article}", Imported.ArticleId.ToString(), StringComparison.Ordinal)
        .Replace("{lesson}", Imported.LessonId.ToString(), StringComparison.Ordinal)
        .Replace("{question}", QuestionId.ToString(), StringComparison.Ordinal)
        .Replace("{quiz}", QuizId.ToString(), StringComparison.Ordinal)
        .Replace("{classroom}", ClassroomId.ToString(), StringComparison.Ordinal);

    /// <summary>Everything the owner can read about their content, to prove a refused request changed nothing.</summary>
    public async Task<string> SnapshotAsync()
    {
        using var owner = await ApiClient.SignedInAsync(this, DemoAccounts.Instructor);
        var parts = new List<string>();
        foreach (var path in new[] { "/api/v1/articles/{article}", "/api/v1/lessons/{lesson}", "/api/v1/lessons/{lesson}/questions", "/api/v1/quizzes/{quiz}", "/api/v1/classrooms/{classroom}" })
        {
            parts.Add(await owner.GetStringAsync(Route(path)));
        }

        return string.Join('\n', parts);
    }
}
