using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using IRLearn.Domain.Common;

namespace IRLearn.Domain.Classrooms;

/// <summary>
/// The code students type to join a classroom: 8 characters from an alphabet without the
/// look-alikes 0/O and 1/I/L, so a code read off a projector is typed right. 31^8 ≈ 8.5·10^11
/// codes make guessing impractical. Uniqueness across classrooms is enforced by a unique index
/// in the database; on a clash the application generates another code.
/// </summary>
public sealed record JoinCode
{
    public const int Length = 8;
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private JoinCode(string value)
    {
        Value = value;
    }

    public string Value { get; }

    /// <summary>Generates a random code. <paramref name="nextInt"/> returns a number in [0, max); it defaults to a cryptographic generator.</summary>
    public static JoinCode Generate(Func<int, int>? nextInt = null)
    {
        nextInt ??= RandomNumberGenerator.GetInt32;
        var chars = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Alphabet[nextInt(Alphabet.Length)];
        }

        return new JoinCode(new string(chars));
    }

    /// <summary>Accepts what people type: any case, spaces or dashes between groups ("abcd-efgh").</summary>
    public static JoinCode Parse(string? text) =>
        TryParse(text, out var code)
            ? code
            : throw new DomainException("classroom.join_code_invalid", $"A join code is {Length} letters and digits (no 0, O, 1, I or L).");

    public static bool TryParse(string? text, [NotNullWhen(true)] out JoinCode? code)
    {
        var normalised = new string((text ?? string.Empty)
            .Where(c => !char.IsWhiteSpace(c) && c != '-')
            .Select(char.ToUpperInvariant)
            .ToArray());
        var valid = normalised.Length == Length && normalised.All(c => Alphabet.Contains(c, StringComparison.Ordinal));
        code = valid ? new JoinCode(normalised) : null;
        return valid;
    }

    public override string ToString() => Value;
}
