using System.Collections.Frozen;
using System.Text.RegularExpressions;
using IRLearn.QuestionGeneration.Entities;
using IRLearn.QuestionGeneration.Gazetteer;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Analysis;

/// <summary>
/// Resolves "it", "its", "he", "she", "the country", "the organisation" to an entity when the
/// antecedent is unambiguous: the grammatical subject (or last compatible entity) of the same or the
/// previous sentence. Anything else stays unresolved, and the generator then asks nothing that needs it.
/// </summary>
public static partial class CoreferenceResolver
{
    private static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(
    [
        "of", "in", "to", "with", "by", "for", "from", "on", "at", "between", "among", "including", "as", "than",
        "like", "against", "toward", "towards", "into", "over", "about", "through", "via", "under", "within", "and",
        "or", "acknowledging", "beyond", "across", "behind", "upon", "amid",
    ], StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(?:(?<org>[Tt]he (?:organi[sz]ation|bloc|alliance|body|group|grouping|union|association|forum|council|league|court)(?:[’']s)?)|(?<country>[Tt]he (?:country|nation|state|republic)(?:[’']s)?)|(?<it>[Ii]ts?)|(?<person>[Hh]e|[Hh]is|[Ss]he|[Hh]er|[Hh]im))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Anaphor();

    // "it is important that", "it was clear": no antecedent to find.
    [GeneratedRegex(@"^(?:is|was|would be|will be|has been|seems|appears|remains)\s+(?:\w+\s+)?(?:that|to|clear|important|likely|unlikely|possible|impossible|necessary|essential|worth|time|true|evident)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Expletive();

    public static void Resolve(string text, IReadOnlyList<SentenceInfo> sentences, Mention? dominantCountry, Mention? dominantEntity = null)
    {
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            sentence.Subject = FindSubject(text, sentence);
            var previous = s > 0 && sentences[s - 1].BlockIndex == sentence.BlockIndex ? sentences[s - 1] : null;
            var links = new List<PronounLink>();
            Mention? local = null;
            var quoted = Words.QuotedSpans(sentence.Text, sentence.Range.Start);
            foreach (Match match in Anaphor().Matches(sentence.Text))
            {
                var range = new TextRange(sentence.Range.Start + match.Index, match.Length);
                if (quoted.Any(q => q.Overlaps(range)))
                {
                    // Inside a quotation the pronoun is the speaker's; it is never rewritten.
                    continue;
                }

                var after = sentence.Text[(match.Index + match.Length)..].TrimStart();
                if (match.Groups["it"].Success && match.Value is "it" or "It" && Expletive().IsMatch(after))
                {
                    continue;
                }

                Mention? antecedent;
                if (match.Groups["person"].Success)
                {
                    antecedent = LastBefore(sentence, range.Start, EntityKind.Person) ?? Last(previous, EntityKind.Person);
                }
                else if (match.Groups["org"].Success)
                {
                    antecedent = LastBefore(sentence, range.Start, EntityKind.Organisation) ?? SubjectOf(previous, EntityKind.Organisation) ?? Last(previous, EntityKind.Organisation) ??
                        (dominantEntity?.Kind == EntityKind.Organisation ? dominantEntity : null);
                }
                else if (match.Groups["country"].Success)
                {
                    antecedent = LastBefore(sentence, range.Start, EntityKind.Country) ?? SubjectOf(previous, EntityKind.Country) ?? dominantCountry;
                }
                else
                {
                    var initial = match.Index == 0;
                    antecedent = SubjectBefore(sentence, range.Start) ?? local ??
                        (initial || !HasSubjectAhead(sentence, range.Start) ? SubjectOf(previous, EntityKind.Country, EntityKind.Organisation, EntityKind.Treaty) ?? (initial ? OnlyCandidate(previous) : null) : null);

                    // With no competing candidate nearby, "it" is the entity the whole article is about.
                    if (antecedent is null && dominantEntity is not null && !HasCandidate(sentence) && !HasCandidate(previous))
                    {
                        antecedent = dominantEntity;
                    }
                }

                if (antecedent is not null && !match.Groups["person"].Success)
                {
                    local = antecedent;
                }

                links.Add(new PronounLink(range, match.Value, antecedent));
            }

            sentence.Pronouns = links;
        }
    }

    private static Mention? FindSubject(string text, SentenceInfo sentence)
    {
        foreach (var mention in sentence.Mentions)
        {
            if (mention.Kind is not (EntityKind.Country or EntityKind.Organisation or EntityKind.Person or EntityKind.Treaty) && !IsCapital(mention))
            {
                continue;
            }

            var after = mention.Range.End < text.Length ? text.AsSpan(mention.Range.End, Math.Min(2, text.Length - mention.Range.End)) : [];
            if (after.StartsWith("’s") || after.StartsWith("'s") || after.StartsWith("-"))
            {
                continue;
            }

            var previousWord = PreviousWord(text, sentence.Range.Start, mention.Range.Start, out var afterComma);
            if (afterComma && InList(text, mention))
            {
                // "London, Moscow and Washington": an item of a list is nobody's subject.
                continue;
            }

            if (mention.Kind == EntityKind.City && (previousWord.Length > 0 || afterComma))
            {
                // A capital stands for its government only as the opening subject ("Beijing refused …").
                continue;
            }

            if (previousWord.Length == 0 || afterComma || !Prepositions.Contains(previousWord) && !char.IsLower(previousWord[0]))
            {
                return mention;
            }
        }

        return null;
    }

    private static bool InList(string text, Mention mention)
    {
        var after = text.AsSpan(mention.Range.End).TrimStart();
        return after.StartsWith(",") || after.StartsWith("and ") || after.StartsWith("or ");
    }

    private static string PreviousWord(string text, int sentenceStart, int position, out bool afterComma)
    {
        afterComma = false;
        var p = position - 1;
        while (true)
        {
            while (p >= sentenceStart && text[p] == ' ')
            {
                p--;
            }

            if (p >= sentenceStart && text[p] == ',')
            {
                afterComma = true;
                return string.Empty;
            }

            var end = p + 1;
            while (p >= sentenceStart && char.IsLetter(text[p]))
            {
                p--;
            }

            var word = text[(p + 1)..end];
            if (word is "the" or "The")
            {
                continue;
            }

            return word;
        }
    }

    private static bool HasCandidate(SentenceInfo? sentence) =>
        sentence is not null && sentence.Mentions.Any(m => m.Kind is EntityKind.Country or EntityKind.Organisation or EntityKind.Region or EntityKind.Name);

    private static bool HasSubjectAhead(SentenceInfo sentence, int position) =>
        sentence.Mentions.Any(m => m.Kind is EntityKind.Country or EntityKind.Organisation && m.Range.Start > position);

    private static Mention? SubjectBefore(SentenceInfo sentence, int position) =>
        sentence.Subject is { } subject && subject.Range.Start < position && (subject.Kind is EntityKind.Country or EntityKind.Organisation or EntityKind.Treaty || IsCapital(subject)) ? subject : null;

    private static Mention? SubjectOf(SentenceInfo? sentence, params EntityKind[] kinds) =>
        sentence?.Subject is { } subject && (kinds.Contains(subject.Kind) || kinds.Contains(EntityKind.Country) && IsCapital(subject)) ? subject : null;

    /// <summary>"Beijing refused …, and its foreign ministry …": a capital stands for its government.</summary>
    private static bool IsCapital(Mention mention) =>
        mention.Kind == EntityKind.City && mention.Hit?.City is { } city && IrGazetteer.Default.CountryByName.TryGetValue(city.Country, out var country) && country.Capital == city.Name;

    private static Mention? LastBefore(SentenceInfo sentence, int position, EntityKind kind) =>
        sentence.Mentions.LastOrDefault(m => m.Kind == kind && m.Range.End <= position);

    private static Mention? Last(SentenceInfo? sentence, EntityKind kind) =>
        sentence?.Mentions.LastOrDefault(m => m.Kind == kind);

    /// <summary>When the previous sentence names exactly one country or organisation, "it" can only mean that one.</summary>
    private static Mention? OnlyCandidate(SentenceInfo? sentence)
    {
        if (sentence is null)
        {
            return null;
        }

        var keys = sentence.Mentions.Where(m => m.Kind is EntityKind.Country or EntityKind.Organisation).Select(m => m.Key).Distinct().ToList();
        return keys.Count == 1 ? sentence.Mentions.First(m => m.Key == keys[0]) : null;
    }
}
