using System.Text.RegularExpressions;
using IRLearn.QuestionGeneration.Analysis;
using IRLearn.QuestionGeneration.Entities;
using IRLearn.QuestionGeneration.Gazetteer;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Questions;

/// <summary>
/// Words that name an answer as surely as the answer itself: a country's demonym ("Sudanese"), capital, cities, seats of
/// government ("Kremlin") and the officials the article ties to it ("Afghan President Ashraf Ghani"); a capital's country;
/// every part of a person's name ("_____ Jinping"); the place a region or site is named after ("Finland" for the Gulf of Finland). A stem or title holding one of them gives the answer away.
/// </summary>
public static partial class AnswerCues
{
    /// <summary>The cue words for <paramref name="answer"/>, compared case-sensitively as whole words by <see cref="Appears"/>.</summary>
    public static List<string> Cues(Mention answer, ArticleAnalysis analysis)
    {
        var cues = new List<string> { answer.Text, answer.Key };
        var gazetteer = analysis.Gazetteer;
        CountryEntry? country = answer.Hit?.Country;
        if (answer.Kind == EntityKind.City && answer.Hit?.City is { } city && gazetteer.CountryWithCapital(city) is { } home)
        {
            // A capital is given away by its country ("Russia’s elections … in _____"); another city is not.
            country = home;
        }

        if (country is not null)
        {
            cues.Add(country.Name);
            cues.AddRange(country.Aliases);
            cues.AddRange(country.Demonyms);
            cues.AddRange(country.Cues);
            cues.Add(country.Capital);
            cues.AddRange(gazetteer.Cities.Where(c => c.Country == country.Name).Select(c => c.Name));
            cues.AddRange(analysis.OfficialsOf(country.Name));
        }

        if (answer.Kind is EntityKind.Region or EntityKind.Name && answer.Key.IndexOf(" of ", StringComparison.Ordinal) is > 0 and var of)
        {
            // "the Gulf of Finland" is given away by "Finland" and "Finnish" as surely as by itself.
            var place = answer.Key[(of + 4)..];
            cues.Add(place);
            if (gazetteer.TryLookup(place, out var hit) && hit.Country is { } named)
            {
                cues.AddRange(named.Demonyms);
            }
        }

        if (answer.Kind == EntityKind.Person)
        {
            // "_____ Jinping" gives Xi away as surely as "Xi _____" gives Jinping.
            cues.AddRange(answer.Key.Split(' ').Where(part => part.Length > 2 && !EntityRecognizer.NameParticles.Contains(part)));
        }

        if (answer.Hit?.Organisation is { } organisation)
        {
            cues.Add(organisation.Name);
            cues.Add(organisation.Acronym);
            cues.AddRange(organisation.Aliases);
        }

        return cues.Where(c => c.Length > 1).Distinct(StringComparer.Ordinal).ToList();
    }

    // Words that make the number after them part of a name: "Article 5", "Resolution 2231", "Phase 1".
    private static readonly HashSet<string> NumberedNames = new(Lexicon.Default.Words("numberedNames"), StringComparer.OrdinalIgnoreCase);

    /// <summary>True when one of the cues stands in the text as a whole word (a plural or possessive ending allowed).</summary>
    public static bool Appears(string text, IEnumerable<string> cues)
    {
        foreach (var cue in cues)
        {
            for (var index = text.IndexOf(cue, StringComparison.Ordinal); index >= 0; index = text.IndexOf(cue, index + 1, StringComparison.Ordinal))
            {
                var end = index + cue.Length;
                if (end < text.Length && text[end] == 's' && (end + 1 == text.Length || !char.IsLetterOrDigit(text[end + 1])))
                {
                    // "Afghans", "Swedes".
                    end++;
                }

                var startOk = index == 0 || !char.IsLetterOrDigit(text[index - 1]);
                var endOk = end == text.Length || !char.IsLetterOrDigit(text[end]);
                if (startOk && endOk)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A figure with its scale, as a headline writes it too: "980 million", "2.1 billion", "40bn".
    [GeneratedRegex(@"[0-9][0-9,.]*\s?(?:million|billion|trillion|bn|m)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ScaledFigure();

    /// <summary>
    /// True when the answer, or a word that names it, is in the article's title: the title is shown with every question, so
    /// "Julian Assange: Sweden drops …" answers any blank on Sweden or Assange.
    /// </summary>
    public static bool InTitle(Mention answer, ArticleAnalysis analysis)
    {
        var title = analysis.Article.Title;
        if (string.IsNullOrWhiteSpace(title))
        {
            return false;
        }

        if (answer.IsNumeric)
        {
            if (ScaledFigure().Match(answer.Text) is { Success: true } scaled && title.Contains(scaled.Value, StringComparison.OrdinalIgnoreCase))
            {
                // "China, Bangladesh sign US$980 million river deal" answers "an _____ agreement" (US$980 million), whatever
                // the currency's sign: "US$980" reads as one word, like "G20", to the word-by-word look below.
                return true;
            }

            // "… for 3 terrorist figures" answers "_____ high-ranking insurgents" (three); "Article 5" or "G20" is a name, not a figure.
            var value = answer.Value;
            var tokens = Words.Tokens(title, new TextRange(0, title.Length));
            for (var i = 0; i < tokens.Count && value is not null; i++)
            {
                var word = tokens[i].Slice(title);
                var named = i > 0 && NumberedNames.Contains(tokens[i - 1].Slice(title)) || word.Any(char.IsLetter) && word.Any(char.IsDigit);
                var percent = answer.Kind == EntityKind.Percent;
                var followedByPercent = title.AsSpan(tokens[i].End).TrimStart().StartsWith("%") || title.AsSpan(tokens[i].End).TrimStart().StartsWith("percent", StringComparison.OrdinalIgnoreCase);
                if (!named && Numbers.ParseQuantity(word) == value && (!percent || followedByPercent))
                {
                    return true;
                }
            }

            return false;
        }

        // Only the answer's own names count here: a title naming Sweden does not give away Stockholm.
        var names = new List<string> { answer.Text, answer.Key };
        if (answer.Kind == EntityKind.Person)
        {
            names.Add(PersonRegistry.SurnameOf(answer.Key));
        }

        if (answer.Hit?.Country is { } country)
        {
            names.AddRange(country.Aliases);
            names.AddRange(country.Demonyms);
        }

        if (answer.Hit?.Organisation is { } organisation)
        {
            names.Add(organisation.Acronym);
            names.Add(organisation.Name);
        }

        // A headline capitalises the concepts it names: "… Trade War Keeps World Guessing" answers "the biggest _____".
        return answer.Kind == EntityKind.Concept
            ? Appears(title.ToLowerInvariant(), names.Select(n => n.ToLowerInvariant()))
            : Appears(title, names.Where(n => n.Length > 1));
    }
}
