namespace IRLearn.Interop.Moodle;

/// <summary>
/// Moodle accepts only its own list of answer grades (question_bank::fraction_options_full: 100 %, 90 %, 83.33333 %,
/// … 5 %, 0 and their negatives) and refuses a whole file with any other value, such as 33 % for one third. Readers
/// check grades against the same list with the same slack (1e-5), so a file IRLearn accepts is one Moodle accepts.
/// </summary>
internal static class MoodleGrades
{
    private static readonly decimal[] Positive =
    [
        1m, 0.9m, 0.8333333m, 0.8m, 0.75m, 0.7m, 0.6666667m, 0.6m, 0.5m, 0.4m, 0.3333333m, 0.3m, 0.25m, 0.2m, 0.1666667m, 0.1428571m, 0.125m, 0.1111111m, 0.1m, 0.05m, 0m,
    ];

    public static bool IsValid(decimal fraction) => Array.Exists(Positive, g => Math.Abs(Math.Abs(fraction) - g) < 0.00001m);
}
