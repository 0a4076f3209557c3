using IRLearn.Domain.Grading;
using static IRLearn.Domain.Tests.TestData;

namespace IRLearn.Domain.Tests.Grading;

public class GradeChangeTests
{
    [Fact]
    public void Record_KeepsWhoWhenBeforeAfterAndWhy()
    {
        var attemptId = Guid.CreateVersion7();

        var change = GradeChange.Record(attemptId, null, GradeChangeKind.Override, 2m, 3m, " Ambiguous key ", Instructor, Now);

        Assert.Equal(attemptId, change.AttemptId);
        Assert.Equal((2m, 3m), (change.Before, change.After));
        Assert.Equal("Ambiguous key", change.Reason);
        Assert.Equal((Instructor, Now), (change.ChangedBy, change.ChangedAt));
        Assert.NotEqual(Guid.Empty, change.Id);
    }

    [Fact]
    public void Record_WithoutUser_IsRefused()
    {
        Rule.Broken("user.id_required", () => GradeChange.Record(Guid.CreateVersion7(), null, GradeChangeKind.Override, 1m, 2m, "x", " ", Now));
    }
}
