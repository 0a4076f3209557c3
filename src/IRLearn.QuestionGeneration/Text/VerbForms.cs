using System.Collections.Frozen;

namespace IRLearn.QuestionGeneration.Text;

/// <summary>
/// Just enough English morphology to turn "Kazakhstan initiated X in 1992" into
/// "In what year did Kazakhstan initiate X?". Irregular verbs are listed; regular ones follow spelling rules.
/// </summary>
public static class VerbForms
{
    public static readonly FrozenSet<string> Auxiliaries = Lexicon.Default.Set(StringComparer.Ordinal, "auxiliaries", "modals");

    private static readonly FrozenDictionary<string, string> Irregular = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["became"] = "become",
        ["began"] = "begin",
        ["brought"] = "bring",
        ["built"] = "build",
        ["chose"] = "choose",
        ["came"] = "come",
        ["drew"] = "draw",
        ["fell"] = "fall",
        ["fought"] = "fight",
        ["froze"] = "freeze",
        ["gave"] = "give",
        ["got"] = "get",
        ["grew"] = "grow",
        ["held"] = "hold",
        ["kept"] = "keep",
        ["knew"] = "know",
        ["laid"] = "lay",
        ["led"] = "lead",
        ["left"] = "leave",
        ["lost"] = "lose",
        ["made"] = "make",
        ["meant"] = "mean",
        ["met"] = "meet",
        ["paid"] = "pay",
        ["ran"] = "run",
        ["rose"] = "rise",
        ["said"] = "say",
        ["saw"] = "see",
        ["sent"] = "send",
        ["shot"] = "shoot",
        ["sought"] = "seek",
        ["sold"] = "sell",
        ["spent"] = "spend",
        ["spoke"] = "speak",
        ["stood"] = "stand",
        ["struck"] = "strike",
        ["swept"] = "sweep",
        ["took"] = "take",
        ["taught"] = "teach",
        ["told"] = "tell",
        ["thought"] = "think",
        ["threw"] = "throw",
        ["undertook"] = "undertake",
        ["understood"] = "understand",
        ["upheld"] = "uphold",
        ["withdrew"] = "withdraw",
        ["won"] = "win",
        ["wrote"] = "write",
        ["overtook"] = "overtake",
        ["oversaw"] = "oversee",
        ["dealt"] = "deal",
        ["found"] = "find",
        ["bore"] = "bear",
        ["broke"] = "break",
        ["forgave"] = "forgive",
        ["hosted"] = "host",
        ["created"] = "create",
        ["united"] = "unite",
        ["reunited"] = "reunite",
        ["invited"] = "invite",
        ["cited"] = "cite",
        ["ignited"] = "ignite",
        ["incited"] = "incite",
        ["competed"] = "compete",
        ["completed"] = "complete",
        ["deleted"] = "delete",
        ["added"] = "add",
        ["focused"] = "focus",
        ["boycotted"] = "boycott",
        ["pivoted"] = "pivot",
        ["recalled"] = "recall",
        ["installed"] = "install",
        ["excited"] = "excite",
        ["expedited"] = "expedite",
        ["recreated"] = "recreate",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotVerbs = Lexicon.Default.Set(StringComparer.Ordinal, "notVerbs");

    // Regular stems that always need their final "e" back: initiat(e)d, recogniz(e)d, announc(e)d.
    private static readonly string[] AlwaysE = [.. Lexicon.Default.Words("eStems")];

    // Endings that take the "e" only after a consonant: promot(e)d and nam(e)d, but appeared and joined.
    private static readonly string[] ConsonantE = [.. Lexicon.Default.Words("eStemsAfterConsonant")];

    public static bool IsPastTense(string word)
    {
        if (Irregular.ContainsKey(word))
        {
            return true;
        }

        return word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && !NotVerbs.Contains(word) && char.IsLower(word[0]);
    }

    public static string ToBase(string past)
    {
        if (Irregular.TryGetValue(past, out var irregular))
        {
            return irregular;
        }

        if (!past.EndsWith("ed", StringComparison.Ordinal))
        {
            return past;
        }

        if (past.EndsWith("ied", StringComparison.Ordinal))
        {
            return past[..^3] + "y";
        }

        var stem = past[..^2];
        if (stem.Length >= 3 && stem[^1] == stem[^2] && !IsVowel(stem[^1]))
        {
            var doubled = stem[^1];
            if (doubled is 's' or 'z' or 'f')
            {
                return stem;
            }

            if (doubled == 'l')
            {
                return stem.Length >= 6 && stem[^3] is 'e' or 'o' ? stem[..^1] : stem;
            }

            return stem[..^1];
        }

        if (stem.EndsWith('e'))
        {
            // "agreed", "freed": the base keeps both e's.
            return past[..^1];
        }

        foreach (var ending in AlwaysE)
        {
            if (stem.EndsWith(ending, StringComparison.Ordinal))
            {
                return stem + "e";
            }
        }

        foreach (var ending in ConsonantE)
        {
            if (stem.EndsWith(ending, StringComparison.Ordinal) && (stem.Length == 2 || !IsVowel(stem[^3])))
            {
                return stem + "e";
            }
        }

        return stem;
    }

    private static bool IsVowel(char c) => "aeiou".Contains(c, StringComparison.Ordinal);
}
