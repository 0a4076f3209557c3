namespace IRLearn.Infrastructure.Seeding;

/// <summary>The shape of <c>seed/demo/demo-data.json</c>.</summary>
public sealed record DemoData(
    string Password,
    IReadOnlyList<DemoUser> Users,
    IReadOnlyList<DemoClassroom> Classrooms);

public sealed record DemoUser(string Email, string DisplayName, string Role);

public sealed record DemoClassroom(string Name, string JoinCode, string Instructor, IReadOnlyList<string> Students);
