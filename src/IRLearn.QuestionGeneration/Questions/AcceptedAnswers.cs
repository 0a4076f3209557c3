using IRLearn.QuestionGeneration.Analysis;
using IRLearn.QuestionGeneration.Entities;

namespace IRLearn.QuestionGeneration.Questions;

/// <summary>
/// The other forms of an open answer the article itself gives its referent, so a student who writes any of them is
/// marked right: a person's family name ("Javid" for "Sajid Javid"), an acronym and its expansion, and the shorter
/// name the article also uses ("Communist Party" for "Chinese Communist Party"), a facility's name without its head
/// ("Belmarsh" for "Belmarsh prison").
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

        var full = answer.Key.Contains(' ', StringComparison.Ordinal) ? answer.Key : answer.Text;
        if (full.Contains(' ', StringComparison.Ordinal) && (answer.Kind == EntityKind.Person ||
            answer.Kind == EntityKind.Name && Distractors.LooksLikePerson(full, analysis.Gazetteer) && Distractors.HasRole(full, analysis)))
        {
            Add(ShortName(full));
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

    /// <summary>
    /// The name a person goes by alone: the surname, except that a hyphenated given name follows the family name
    /// ("Lee Sang-min" is Lee, not "Sang-min"); see <see cref="PersonRegistry.SurnameOf"/>.
    /// </summary>
    public static string ShortName(string fullName) => PersonRegistry.SurnameOf(fullName);
}
