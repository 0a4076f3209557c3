using System.Collections.Frozen;
using IRLearn.QuestionGeneration.Analysis;
using IRLearn.QuestionGeneration.Entities;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Questions;

/// <summary>
/// The other forms of an open answer the article itself gives its referent, so a student who writes any of them is
/// marked right: a person's family name ("Javid" for "Sajid Javid"), an acronym and its expansion, and the shorter
/// name the article also uses ("Communist Party" for "Chinese Communist Party"), a facility's name without its head
/// ("Belmarsh" for "Belmarsh prison"), a person's name without its middle initial or middle name and the one-word name the
/// article calls them by, and "Amnesty" for "Amnesty International". A one-word name is accepted only when it names no
/// one else: not the given name of a name written family name first ("Yeol" of "Yoon Suk Yeol", when the article calls
/// him Yoon), not a family name two people of the article share ("Lee"), not a common word ("He" of "Liu He").
/// </summary>
public static class AcceptedAnswers
{
    /// <summary>Forms to accept besides <paramref name="answer"/>'s own text, in a stable order, none repeated.</summary>
    public static List<string> Variants(Mention answer, ArticleAnalysis analysis)
    {
        var variants = new List<string>();
        void Add(string form)
        {
            if (form.Length > 1 && form != answer.Text && !variants.Contains(form))
            {
                variants.Add(form);
            }
        }

        // The one-word names the article itself calls the referent by: "Park" for "Park Min Soo", whose family name comes first.
        // Only the two name rules below read them, so other answers (figures, places, bodies) do not scan the article for them.
        List<Mention> oneWordNames = answer.Kind is EntityKind.Person or EntityKind.Name
            ? [.. analysis.Sentences.SelectMany(s => s.Mentions).Where(m => m.Key == answer.Key && !m.Text.Contains(' ', StringComparison.Ordinal))]
            : [];

        // A one-word name is right only if it names no one else: not the family name of another person the article names
        // ("Lee" when it names Lee Jae-myung and Lee Sang-min), nor a common word ("He" of "Liu He").
        void AddName(string form)
        {
            if (!Words.StopWords.Contains(form) && !PeopleNamed(form, analysis).Any(key => !SamePerson(key, answer.Key)))
            {
                Add(form);
            }
        }

        var full = answer.Key.Contains(' ', StringComparison.Ordinal) ? answer.Key : answer.Text;
        if (full.Contains(' ', StringComparison.Ordinal) && (answer.Kind == EntityKind.Person ||
            answer.Kind == EntityKind.Name && Distractors.LooksLikePerson(full, analysis.Gazetteer) && Distractors.HasRole(full, analysis)))
        {
            var surname = ShortName(full);
            var parts = full.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (oneWordNames.Any(m => m.Text == surname) || !CalledByFirstWord(answer.Key, parts[0], analysis))
            {
                // Not "Yeol" for "Yoon Suk Yeol" when the article calls him Yoon: a name whose family name comes first.
                AddName(surname);
            }

            if (parts.Length == 3 && surname == parts[2] && !IsInitial(parts[0]) && !FamilyNamePrefixes.Contains(parts[1]) &&
                (IsInitial(parts[1]) || !oneWordNames.Any(m => m.Text == parts[0])))
            {
                // "Richard Grenell" for "Richard A. Grenell", "Hillary Clinton" for "Hillary Rodham Clinton": the middle name
                // is often left out. Not when the article calls the person by the first word ("Park" of "Park Min Soo"):
                // that is the family name; nor when the middle word opens the family name ("Abu" of "Walid Abu Hatab").
                Add(parts[0] + " " + parts[2]);
            }
        }

        if (answer.Kind == EntityKind.Person)
        {
            foreach (var mention in oneWordNames.Where(m => m.Kind == EntityKind.Person))
            {
                AddName(mention.Text);
            }
        }

        if (answer.Kind is EntityKind.Organisation or EntityKind.Name && answer.Text.EndsWith(" International", StringComparison.Ordinal) &&
            answer.Text.Count(c => c == ' ') == 1)
        {
            // "Amnesty" for "Amnesty International": a one-word name before "International" is how people call the body.
            Add(answer.Text[..answer.Text.IndexOf(' ', StringComparison.Ordinal)]);
        }

        if (answer.Kind == EntityKind.Name && EntityRecognizer.FacilityProperName(answer.Text) is { } facility)
        {
            // "Belmarsh" names "Belmarsh prison" as surely as the whole does.
            Add(facility);
        }

        foreach (var pair in analysis.Acronyms)
        {
            if (pair.Expansion == answer.Text || pair.Expansion == answer.Key)
            {
                Add(pair.Acronym);
            }
            else if (pair.Acronym == answer.Text)
            {
                Add(pair.Expansion);
            }
        }

        if (answer.Kind is EntityKind.Organisation or EntityKind.Name && answer.Text.Contains(' ', StringComparison.Ordinal))
        {
            // "Communist Party" inside "Chinese Communist Party": the same body, named shorter elsewhere in the article.
            foreach (var other in analysis.DistinctOfKind(EntityKind.Organisation).Concat(analysis.DistinctOfKind(EntityKind.Name)))
            {
                if (other.Text.Contains(' ', StringComparison.Ordinal) && other.Text.Length < answer.Text.Length &&
                    answer.Text.EndsWith(" " + other.Text, StringComparison.Ordinal))
                {
                    Add(other.Text);
                }
            }
        }

        return variants;
    }

    private static readonly FrozenSet<string> FamilyNamePrefixes = Lexicon.Default.Set(StringComparer.OrdinalIgnoreCase, "familyNamePrefixes");

    /// <summary>
    /// Whether the article, in its own words, calls the person by the first word of their name alone ("Yoon", "Xi"): the
    /// family name, written first. A speaker's "Jared is …" inside a quotation is familiarity, not the order of the name.
    /// </summary>
    private static bool CalledByFirstWord(string personKey, string firstWord, ArticleAnalysis analysis) =>
        analysis.Sentences.Any(s => s.Mentions.Any(m => m.Key == personKey && m.Text == firstWord &&
            !Words.QuotedSpans(s.Text, s.Range.Start).Any(q => m.Range.Start >= q.Start && m.Range.Start < q.End)));

    /// <summary>
    /// The people the article names whose family name is <paramref name="word"/> ("Lee Jae-myung" and "Lee Sang-min" for
    /// "Lee"), besides anyone it calls by the bare word alone.
    /// </summary>
    public static IEnumerable<string> PeopleNamed(string word, ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(analysis);
        return word.Contains(' ', StringComparison.Ordinal)
            ? []
            : analysis.DistinctOfKind(EntityKind.Person).Select(p => p.Key)
                .Where(key => key != word && ShortName(key) == word)
                .Distinct(StringComparer.Ordinal);
    }

    /// <summary>"Abu Hatab" and "Walid Abu Hatab": one name the end of the other is one person the article named twice.</summary>
    private static bool SamePerson(string a, string b) =>
        a == b || a.EndsWith(" " + b, StringComparison.Ordinal) || b.EndsWith(" " + a, StringComparison.Ordinal);

    private static bool IsInitial(string word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';

    /// <summary>
    /// The name a person goes by alone: the surname, except that a hyphenated given name follows the family name
    /// ("Lee Sang-min" is Lee, not "Sang-min"); see <see cref="PersonRegistry.SurnameOf"/>.
    /// </summary>
    public static string ShortName(string fullName) => PersonRegistry.SurnameOf(fullName);
}
