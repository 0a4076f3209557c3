using System.Text.Json;

namespace IRLearn.Tools.SignalRLoad;

/// <summary>
/// What load.py asks for: who listens (people who may follow the classroom's board: its students and instructor),
/// how many connections to open among them, and which first attempts to submit, one per round, to cause a grade.
/// With <see cref="RefreshPath"/> (the board page) each connection also fetches the page again after each change, as the
/// page's script does.
/// </summary>
public sealed record LoadSpec(
    Guid ClassroomId,
    string Password,
    IReadOnlyList<string> Listeners,
    int Connections,
    IReadOnlyList<GradeTrigger> Triggers,
    int OpenInParallel = 16,
    int RoundTimeoutSeconds = 10,
    string? RefreshPath = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static LoadSpec Read(string path)
    {
        var spec = JsonSerializer.Deserialize<LoadSpec>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path} holds no spec.");
        if (spec.Listeners.Count == 0 || spec.Connections < 1 || spec.Triggers.Count == 0)
        {
            throw new InvalidDataException($"{path}: at least one listener, one connection and one trigger are needed.");
        }

        return spec;
    }
}

/// <summary>A student whose first attempt at the assignment is submitted (started first if need be): a grade that moves the board.</summary>
public sealed record GradeTrigger(string Email, Guid AssignmentId);
