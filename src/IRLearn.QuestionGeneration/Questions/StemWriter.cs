using System.Text;
using System.Text.RegularExpressions;
using IRLearn.QuestionGeneration.Analysis;
using IRLearn.QuestionGeneration.Entities;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Questions;

/// <summary>
/// Writes stems from sentences: cloze (the answer blanked), statements for true/false, and
/// wh-questions ("In what year did Kazakhstan initiate …?") when the clause is simple enough to invert.
/// Pronouns whose antecedent lies outside the stem are replaced by the resolved name; when one cannot be
/// resolved the stem is refused.
/// </summary>
public static partial class StemWriter
{
    public const string Blank = "_____";

    [GeneratedRegex(@"^(?:Furthermore|Moreover|Additionally|In addition|Notably|However|Meanwhile|Indeed|Still|Thus|Therefore|Also|Similarly|Finally|In conclusion|At the same time|For example|For instance|In particular|Importantly|Crucially|Nevertheless|Nonetheless|Consequently|As a result|In turn|Ultimately|Overall|Today|Recently|Earlier|Later|Separately|To be sure|By contrast|In contrast|On the other hand|Even so|Of course|In fact|Likewise|Instead|After all|That said),\s+", RegexOptions.CultureInvariant)]
    private static partial Regex DiscourseMarker();

    [GeneratedRegex(@"^(?:With this in mind|In this context|To this end|Despite this|Because of this|For this reason|Given this|In light of this|As such|On top of this|Beyond this|In addition to this|Against this backdrop|Since then|After that|Before that|In response|In return),\s+", RegexOptions.CultureInvariant)]
    private static partial Regex PointingConnective();

    // A measure the article gives twice, once converted: "8,400 hectares (20,760 acres)", "95 miles (150km)".
    private const string Units = @"(?:square\s+)?(?:miles?|km|kilomet(?:re|er)s?|hectares?|acres?|tonnes?|tons?|pounds?|lb|kg|kilograms?|feet|ft|met(?:re|er)s?|litres?|liters?|gallons?|barrels?|°[CF]|degrees(?:\s+(?:Celsius|Fahrenheit))?)";

    // The converted figure asked for: "8,400 hectares (_____ acres)" tests arithmetic, not the article.
    [GeneratedRegex(@"[0-9][0-9,.]*\s?" + Units + @"\b\s*\(\s*(?:about\s+|some\s+|roughly\s+|nearly\s+)?" + Blank, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BlankInConversion();

    // The conversion after a blanked figure gives it away: "about _____ miles (150km)" loses its "(150km)".
    [GeneratedRegex(Blank + @"\s?" + Units + @"\b(?<conversion>\s*\((?:about\s+|some\s+|roughly\s+|nearly\s+)?[0-9][0-9,.]*\s?" + Units + @"\b\))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ConversionAfterBlank();

    [GeneratedRegex(@"\b(?:[Tt]his|[Ll]ast|[Nn]ext) " + Blank, RegexOptions.CultureInvariant)]
    private static partial Regex RelativeMonthBeforeBlank();

    [GeneratedRegex(@"\G \((?<acronym>\p{Lu}[\p{L}0-9&]{1,9})\)", RegexOptions.CultureInvariant)]
    private static partial Regex DefinedAcronym();

    [GeneratedRegex(@"^[Tt]he (?:agreement|treaty|accord|protocol|convention|pact)", RegexOptions.CultureInvariant)]
    private static partial Regex TreatyReference();

    [GeneratedRegex(@"^(?:One|Some|Many|Most|Each|All|Several|Few|Both|None|Two|Three|Four|Five|Six|Half|Much|Part) of\b", RegexOptions.CultureInvariant)]
    private static partial Regex Partitive();

    // "But India showed …", "And, on Monday, …": a statement on its own does not open with a conjunction that answers the
    // sentence before.
    [GeneratedRegex(@"^(?:But|And|Yet|So(?! far\b)|Or),?\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingConjunction();

    // "said Dr. Roe, …" opening what is left of a sentence: an attribution inverted after the marker it followed.
    [GeneratedRegex(@"^(?:said|says|told|added|stated|wrote|asked|explained)\s", RegexOptions.CultureInvariant)]
    private static partial Regex InvertedSpeech();

    [GeneratedRegex(@"\b(?<prep>in|on|since|by|until|from)\s+(?:the\s+year\s+|early\s+|late\s+|mid-)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PrepositionBefore();

    [GeneratedRegex(@"\b(?:an?)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ArticleBeforeBlank();

    [GeneratedRegex(@"\b(?:akin to|similar to|like|such as|reminiscent of|comparable to|as in)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Comparison();

    [GeneratedRegex(@"\b(?:it|its|he|his|she|her|him|they|them|their)\b|\bthe\s+(?:country|nation|organi[sz]ation|bloc|alliance)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LoosePronoun();

    /// <summary>
    /// The sentence with <paramref name="blank"/> replaced by the blank (when given) and out-of-stem pronouns
    /// replaced by names; null when a pronoun has no antecedent.
    /// </summary>
    public static string? Rewrite(SentenceInfo sentence, string text, TextRange? blank, bool stripMarker = false)
    {
        var blanked = blank is { } b ? b.Slice(text) : null;
        var whole = Finished(RewriteSpan(sentence, text, blank, sentence.Range), sentence, blanked, stripMarker);
        if (whole is not null)
        {
            return whole;
        }

        // A pronoun or a pointing word that cannot be resolved may live in another clause: ask about the blank's clause alone,
        // or about what follows a colon ("The envoy has some grounds for this: In 2012, she resigned …").
        var spans = new[]
        {
            blank is { } answer ? ClauseAround(sentence, text, answer) : null, AfterColon(sentence, text, blank),
            BeforeParticipleTail(sentence, blank),
        }.Concat(SubordinateClauses(sentence, text, blank).Select(span => (TextRange?)span));
        foreach (var span in spans)
        {
            if (span is not { } part || RewriteSpan(sentence, text, blank, part) is not { } rewritten || RelativeOpening(sentence, text, rewritten) is not { } opened)
            {
                continue;
            }

            rewritten = opened;

            rewritten = char.ToUpperInvariant(rewritten[0]) + rewritten[1..].TrimEnd(',', ';', ' ');
            if (rewritten[^1] is not ('.' or '!' or '?' or '"' or '”'))
            {
                rewritten += ".";
            }

            if (Finished(rewritten, sentence, blanked, stripMarker) is { } finished)
            {
                return finished;
            }
        }

        return blank is { } gap ? WithLeadIn(sentence, text, gap, blanked!) : null;
    }

    /// <summary>
    /// "A martial law decree banned all political activity. It also ordered striking doctors back to work within _____.": a
    /// sentence that opens by pointing back at a thing ("It", "They", "This", "These", "Its", "Their") the resolver could not
    /// name, or that points back later ("made this suggestion"), is asked with the sentence before it in its paragraph, which
    /// says what it means, when that sentence stands alone itself. People are not: an unresolved "he" had two candidates or none, and the sentence before does not settle it.
    /// </summary>
    private static string? WithLeadIn(SentenceInfo sentence, string text, TextRange blank, string blanked)
    {
        var opener = PointingOpener().Match(sentence.Text);
        if (sentence.Previous is not { } previous || blank.Start < sentence.Range.Start + opener.Length || Numbers.MonthIndex(blanked) >= 0 ||
            Words.QuotedSpans(previous.Text).Count > 0 || previous.WordCount > 40)
        {
            return null;
        }

        if (sentence.Pronouns.FirstOrDefault(l => l.Range.Start == sentence.Range.Start) is { Antecedent: not null })
        {
            // Resolved: the stem names it already, so what failed was something else.
            return null;
        }

        var current = RewriteSpan(sentence, text, blank, sentence.Range, openerMayPointBack: opener.Success);
        var resolved = current is null ? null : RelativeTime.Resolve(current, sentence.Published);
        if (resolved is null || !opener.Success && !ContextReferences.Missing(resolved))
        {
            // Without an opener pointing back, only a pointing word later in the sentence ("made this suggestion") is
            // answered by the sentence before; whatever else failed, it does not mend.
            return null;
        }

        var lead = RewriteSpan(previous, text, null, previous.Range) is { } plain ? Finish(StripMarker(plain), previous, null) : null;
        return lead is null || lead.Contains(Blank, StringComparison.Ordinal) || ContextReferences.Missing(resolved, leadIn: lead)
            ? null
            : lead + " " + FixArticleBeforeBlank(resolved);
    }

    [GeneratedRegex(@"^(?:It|They|This|These|Its|Their)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PointingOpener();

    [GeneratedRegex(@"^\((?<inner>[^()]+?)\)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex WrappingParentheses();

    [GeneratedRegex(@"^(?<pronoun>which|who)\s", RegexOptions.CultureInvariant)]
    private static partial Regex RelativePronoun();

    /// <summary>
    /// A clause asked alone that opens with "which" or "who" ("…, and which hosts almost 30,000 troops") names what it is about:
    /// the name right before the sentence's first ", which" (or ", who"), when a name ends there; otherwise the clause is no stem.
    /// </summary>
    private static string? RelativeOpening(SentenceInfo sentence, string text, string clause)
    {
        var relative = RelativePronoun().Match(clause);
        if (!relative.Success)
        {
            return clause;
        }

        var pronoun = relative.Groups["pronoun"].Value;
        var comma = sentence.Text.IndexOf(", " + pronoun + " ", StringComparison.Ordinal);
        var antecedent = comma < 0 ? null : sentence.Mentions.FirstOrDefault(m => m.IsNamed && m.Range.End == sentence.Range.Start + comma &&
            (pronoun == "who") == (m.Kind == EntityKind.Person));
        return antecedent is null ? null : (Words.TakesDefiniteArticle(antecedent.Text) ? "the " : string.Empty) + antecedent.Text + clause[pronoun.Length..];
    }

    private static string? Finished(string? stem, SentenceInfo sentence, string? blanked, bool stripMarker) =>
        stem is null ? null : Finish(stripMarker ? StripMarker(stem) : stem, sentence, blanked);

    /// <summary>The sentence after its colon, when the colon introduces a whole clause ("…: In 2008, he …") that holds the blank.</summary>
    private static TextRange? AfterColon(SentenceInfo sentence, string text, TextRange? blank)
    {
        var colon = sentence.Text.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0 || colon + 2 >= sentence.Text.Length || !char.IsUpper(sentence.Text[colon + 2]) || sentence.Text[..colon].Contains('“', StringComparison.Ordinal))
        {
            return null;
        }

        var start = sentence.Range.Start + colon + 2;
        var span = new TextRange(start, sentence.Range.End - start);
        var words = span.Slice(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words >= 6 && (blank is null || blank.Value.Start >= start) ? span : null;
    }

    /// <summary>
    /// The last checks every stem passes: relative times made absolute against the article's date ("on Tuesday" → "on 11
    /// October 2022"), or the stem refused when there is no date; a blanked month given its year ("in _____ 2019"); a stem
    /// that points back to what it does not hold ("this suggestion", "Others include …") refused.
    /// </summary>
    private static string? Finish(string stem, SentenceInfo sentence, string? blanked)
    {
        if (BlankInConversion().IsMatch(stem))
        {
            return null;
        }

        stem = ConversionAfterBlank().Replace(stem, m => m.Value[..(m.Groups["conversion"].Index - m.Index)], 1);
        // "With this in mind, …", "To this end, …": a connective that only points back says nothing the stem needs.
        stem = PointingConnective().Replace(stem, string.Empty, 1);
        // "(The fund expects prices to rise 8.8% in 2022.)": an aside's parentheses do not belong to a stem standing alone.
        stem = WrappingParentheses().Replace(stem, "${inner}", 1);
        stem = stem.Length > 0 && char.IsLower(stem[0]) ? char.ToUpperInvariant(stem[0]) + stem[1..] : stem;
        var monthBlank = blanked is not null && Numbers.MonthIndex(blanked) >= 0 && blanked.Length >= 3 && !blanked.Any(char.IsDigit);
        if (monthBlank && sentence.Published is null && RelativeMonthBeforeBlank().IsMatch(stem))
        {
            // "last _____" with no date to count from: no year can be given, and "in _____" alone would be any year's.
            return null;
        }

        if (monthBlank)
        {
            // "This _____, border authorities …": the month is the blank, so "this" becomes the year that follows it.
            stem = RelativeMonthBeforeBlank().Replace(stem, m => (char.IsUpper(m.Value[0]) ? "In " : "in ") + Blank, 1);
        }

        var nameBlank = blanked is { Length: > 0 } && char.IsUpper(blanked[0]) && !blanked.Any(char.IsDigit) && Numbers.MonthIndex(blanked) < 0 &&
            !RelativeTime.IsWeekday(blanked);
        var resolved = RelativeTime.Resolve(stem, sentence.Published, timeIsIncidental: nameBlank);
        if (resolved is null || ContextReferences.Missing(resolved))
        {
            return null;
        }

        if (monthBlank && sentence.Published is { } published && resolved.IndexOf(Blank, StringComparison.Ordinal) is var at and >= 0 &&
            !resolved.AsSpan(at + Blank.Length).TrimStart().StartsWith(published.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            // "in _____" for a month names no year; the article's date supplies it.
            var year = RelativeTime.YearOfMonth(Numbers.MonthIndex(blanked!) + 1, published, resolved, at);
            resolved = resolved[..(at + Blank.Length)] + " " + year.ToString(System.Globalization.CultureInfo.InvariantCulture) + resolved[(at + Blank.Length)..];
        }

        return FixArticleBeforeBlank(resolved);
    }

    // " but was re-opened": without a comma, "but" still ends a clause ("not only … but also", "all but", "nothing but" excepted).
    [GeneratedRegex(@", (?:and|but|while|whereas|when) |; |(?<!\b(?:all|nothing|anything|everything|none|last|not only\b.{1,80})) but (?!also\b|not\b|rather\b)", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBoundary();

    [GeneratedRegex(@"\bbetween\b(?!.*\band\b)", RegexOptions.CultureInvariant)]
    private static partial Regex BetweenWithoutAnd();

    /// <summary>The coordinated or "when" clause that holds the blank, when the sentence has more than one.</summary>
    private static TextRange? ClauseAround(SentenceInfo sentence, string text, TextRange blank)
    {
        var start = sentence.Range.Start;
        var end = sentence.Range.End;
        foreach (Match boundary in ClauseBoundary().Matches(sentence.Text))
        {
            var absolute = sentence.Range.Start + boundary.Index;
            if (absolute + boundary.Length <= blank.Start)
            {
                start = absolute + boundary.Length;
            }
            else if (absolute >= blank.End && absolute < end)
            {
                end = absolute;
                break;
            }
        }

        var clause = new TextRange(start, end - start);
        var clauseWords = clause.Slice(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "… and to update them every five years": what follows the boundary must be a clause with its own subject.
        var opensWithSubject = clauseWords.Length > 0 && clauseWords[0] is not ("to" or "then" or "also") &&
            !clauseWords[0].EndsWith("ing", StringComparison.Ordinal) && !VerbForms.IsPastTense(clauseWords[0]);
        // "Forced to choose between a blockade, which …, and talks, the council …": the "and" after "between" joins its two
        // choices, not two clauses.
        var splitsBetween = end < sentence.Range.End && BetweenWithoutAnd().IsMatch(clause.Slice(text));
        return clause == sentence.Range || clauseWords.Length < 5 || !opensWithSubject || splitsBetween ? null : clause;
    }

    // "… hours after the Afghan government freed …", "… when President Trump scuttled …": a clause that states a fact of its
    // own. Conditions ("if", "unless") are left out: what they say need not be so.
    [GeneratedRegex(@"\s(?:when|after|before|because|since|although|though|while|as)\s(?=(?:the\s)?\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex SubordinateOpening();

    // ", citing Taliban violence", ", adding that the family …", ", down from the 2.9% it had estimated": a participle's tail that
    // may hold what the stem cannot resolve.
    [GeneratedRegex(@",\s(?:citing|adding|saying|noting|arguing|warning|stressing|insisting|explaining|calling|describing|urging|(?:down|up)\s+from|one\s+of\s+the)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ParticipleTail();

    private static readonly HashSet<string> AuxiliaryVerbs = new(Lexicon.Default.Set(StringComparer.Ordinal, "auxiliaries", "modals"), StringComparer.Ordinal);

    /// <summary>
    /// The clause after "when", "after", "because" … to the sentence's end, then without its participle tail, when it holds the
    /// blank, opens with a named subject ("the Afghan government", "President Trump") and its finite verb, and is long enough
    /// to stand as a sentence.
    /// </summary>
    private static IEnumerable<TextRange> SubordinateClauses(SentenceInfo sentence, string text, TextRange? blank)
    {
        foreach (Match match in SubordinateOpening().Matches(sentence.Text))
        {
            var clauseStart = match.Index + match.Length;
            if (!OpensWithNamedSubject(sentence.Text.AsSpan(clauseStart)))
            {
                continue;
            }

            var start = sentence.Range.Start + clauseStart;
            var tail = ParticipleTail().Match(sentence.Text, clauseStart);
            foreach (var end in tail.Success ? [sentence.Range.End, sentence.Range.Start + tail.Index] : new[] { sentence.Range.End })
            {
                var span = new TextRange(start, end - start);
                var words = span.Slice(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                if (words >= 6 && (blank is not { } b || b.Start >= start && b.End <= end) && !span.Slice(text).Contains('“'))
                {
                    yield return span;
                }
            }

            yield break;
        }
    }

    /// <summary>"the Afghan government freed", "President Trump scuttled": capitalised words (after an optional "the"), at most two
    /// lower-case words, then a verb in the past or an auxiliary.</summary>
    private static bool OpensWithNamedSubject(ReadOnlySpan<char> clause)
    {
        var words = clause.ToString().Split(' ', 8, StringSplitOptions.RemoveEmptyEntries);
        var i = words.Length > 0 && words[0] == "the" ? 1 : 0;
        var capitalised = 0;
        while (i < words.Length && char.IsUpper(words[i][0]) && !words[i].EndsWith(','))
        {
            capitalised++;
            i++;
        }

        for (var lower = 0; capitalised > 0 && i < words.Length && lower <= 2; lower++, i++)
        {
            var word = words[i].TrimEnd(',', '.');
            if (word.Length == 0)
            {
                return false;
            }

            if (VerbForms.IsPastTense(word) || AuxiliaryVerbs.Contains(word))
            {
                return true;
            }

            if (!char.IsLower(word[0]) || words[i].EndsWith(','))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The sentence up to a participle's tail (", adding that …"), when the blank lies before it.</summary>
    private static TextRange? BeforeParticipleTail(SentenceInfo sentence, TextRange? blank)
    {
        var tail = ParticipleTail().Match(sentence.Text);
        if (!tail.Success || blank is { } b && b.End > sentence.Range.Start + tail.Index)
        {
            return null;
        }

        return new TextRange(sentence.Range.Start, tail.Index);
    }

    private static string? RewriteSpan(SentenceInfo sentence, string text, TextRange? blank, TextRange span, bool openerMayPointBack = false)
    {
        var builder = new StringBuilder(span.Length + 16);
        var position = span.Start;
        var edits = new List<(TextRange Range, string Replacement)>();
        if (blank is { } b)
        {
            edits.Add((b, Blank));
        }

        var mentions = sentence.Mentions.Where(m => span.Contains(m.Range.Start) && (blank is null || !m.Range.Overlaps(blank.Value))).ToList();
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in sentence.Pronouns)
        {
            if (!span.Contains(link.Range.Start))
            {
                continue;
            }

            if (blank is { } bb && link.Range.Overlaps(bb))
            {
                return null;
            }

            var antecedent = link.Antecedent;
            if (antecedent is not null && blank is { } answerRange && antecedent.Range.Overlaps(answerRange))
            {
                // The pronoun points at the blank; naming it would give the answer away.
                continue;
            }

            if (antecedent is not null && mentions.Any(m => m.Key == antecedent.Key))
            {
                continue;
            }

            if (antecedent is null && TreatyReference().IsMatch(link.Surface))
            {
                // "The treaty recognises …" reads as a plain description even when the article never named it in full.
                continue;
            }

            if (antecedent is null && InSentenceReferent.Holds(span.Slice(text), link.Range.Start - span.Start, link.Surface))
            {
                continue;
            }

            if (antecedent is null && openerMayPointBack && link.Range.Start == span.Start)
            {
                // The sentence quoted before the stem says what the opening "It" means.
                continue;
            }

            if (antecedent is null)
            {
                // A referent inside the stem needs no rewrite: a compatible entity before the pronoun ("the IAEA and its director"),
                // or the subject that follows it ("With 80% … through its territory, Kazakhstan plays …").
                // An object "it" is never its own clause's subject ("Egypt and Sudan rejected it"), so only a possessive may lean on a name before it.
                // "the country's northeastern states to the rest of India" names its country after it: a reader of the stem sees which.
                var possessive = link.IsPossessive || link.Surface is "her" or "Her";
                var compatible = possessive && mentions.Any(m => Compatible(link, m) && m.Range.End <= link.Range.Start) ||
                    possessive && link.Surface.StartsWith("the ", StringComparison.OrdinalIgnoreCase) &&
                    mentions.Any(m => m.Kind == EntityKind.Country && Compatible(link, m) && m.Range.Start > link.Range.Start) ||
                    possessive && sentence.Subject is { } subject && mentions.Contains(subject) && subject.Range.Start > link.Range.Start && Compatible(link, subject);
                if (compatible)
                {
                    continue;
                }

                return null;
            }

            if (!named.Add(antecedent.Key))
            {
                // "He could see, he said, …": once the stem names him, the next pronoun reads as it stands.
                continue;
            }

            edits.Add((link.Range, NameFor(antecedent, text, link)));
        }

        edits.Sort((x, y) => x.Range.Start.CompareTo(y.Range.Start));
        foreach (var (range, replacement) in edits)
        {
            builder.Append(text, position, range.Start - position);
            var value = replacement;
            if (range.Start == span.Start && value.Length > 0 && char.IsLower(value[0]))
            {
                value = char.ToUpperInvariant(value[0]) + value[1..];
            }

            builder.Append(value);
            position = range.End;
        }

        builder.Append(text, position, span.End - position);
        return builder.ToString();
    }

    public static string StripMarker(string sentence)
    {
        // "At the same time, however, …" opens with two markers; the second is found once the first is gone.
        var stripped = sentence;
        for (var pass = 0; pass < 3; pass++)
        {
            var next = LeadingConjunction().Replace(DiscourseMarker().Replace(stripped, string.Empty, 1), string.Empty, 1);
            if (InvertedSpeech().IsMatch(next))
            {
                // "Currently, said Dr. Roe, the ward is full": the marker carries the attribution that follows it, and "Said
                // Dr. Roe, the ward is full" is no sentence.
                break;
            }

            next = next.Length > 0 && char.IsLower(next[0]) ? char.ToUpperInvariant(next[0]) + next[1..] : next;
            if (next == stripped)
            {
                break;
            }

            stripped = next;
        }

        return stripped;
    }

    /// <summary>
    /// "a _____" cannot agree with every option, so it becomes "a(n) _____"; a title's own capital "The" ("obtained by The
    /// Norland Times") stays with the title, so mid-sentence it is written "the _____".
    /// </summary>
    private static string FixArticleBeforeBlank(string stem)
    {
        var index = stem.IndexOf(Blank, StringComparison.Ordinal);
        if (index < 0)
        {
            return stem;
        }

        var before = stem[..index];
        if (before.EndsWith(" The ", StringComparison.Ordinal))
        {
            return before[..^4] + "the " + stem[index..];
        }

        var match = ArticleBeforeBlank().Match(before);
        if (!match.Success)
        {
            return stem;
        }

        var article = match.Value.TrimEnd();
        var replacement = char.IsUpper(article[0]) ? "A(n) " : "a(n) ";
        return before[..match.Index] + replacement + stem[index..];
    }

    /// <summary>
    /// "a(n) _____" written as the one article every option takes ("a _____" before "$1 billion", "$2 billion" …):
    /// the neutral form exists so the article gives no option away, and when all of them agree it gives none away.
    /// </summary>
    public static string ArticleAgreeingWith(string stem, IReadOnlyCollection<string> options)
    {
        var index = stem.IndexOf("(n) " + Blank, StringComparison.Ordinal);
        if (index < 1 || options.Count == 0 || stem[index - 1] is not ('a' or 'A'))
        {
            return stem;
        }

        var articles = options.Select(Words.IndefiniteArticleFor).Distinct(StringComparer.Ordinal).ToList();
        if (articles.Count != 1)
        {
            return stem;
        }

        var article = stem[index - 1] == 'A' ? char.ToUpperInvariant(articles[0][0]) + articles[0][1..] : articles[0];
        return stem[..(index - 1)] + article + " " + stem[(index + 4)..];
    }

    private static bool Compatible(PronounLink link, Mention mention)
    {
        var surface = link.Surface.ToLowerInvariant();
        if (surface is "he" or "his" or "she" or "her" or "him")
        {
            return mention.Kind == EntityKind.Person;
        }

        if (surface.Contains("country", StringComparison.Ordinal) || surface.Contains("nation", StringComparison.Ordinal) ||
            surface.Contains("state", StringComparison.Ordinal) || surface.Contains("republic", StringComparison.Ordinal))
        {
            return mention.Kind == EntityKind.Country;
        }

        // "Washington and its allies": a capital acts for its government.
        return mention.Kind is EntityKind.Country or EntityKind.Organisation or EntityKind.Treaty ||
            CoreferenceResolver.IsCapital(mention);
    }

    /// <summary>The antecedent's name as the article wrote it ("the EU", "Kazakhstan"), possessive when the pronoun was.</summary>
    public static string NameFor(Mention antecedent, string text, PronounLink link)
    {
        var name = antecedent.Kind == EntityKind.Person ? antecedent.Key : antecedent.Text;
        if (antecedent.Kind == EntityKind.City && antecedent.Hit?.City is { } city && Gazetteer.IrGazetteer.Default.CountryWithCapital(city) is { } country)
        {
            // "Beijing agreed … Its share of world exports rose": the capital spoke for its country, which is what "its" means.
            return link.IsPossessive ? country.Name + "’s" : country.Name;
        }

        if (antecedent.Kind is EntityKind.Organisation or EntityKind.Treaty && DefinedAcronym().Match(text, antecedent.Range.End) is { Success: true } acronym)
        {
            // "Organization of the Petroleum Exporting Countries (OPEC)": the article's own short form reads better when repeated,
            // with "the" when the article itself writes "the GCC" rather than a bare "OPEC".
            var shortForm = acronym.Groups["acronym"].Value;
            var withThe = CountOf(text, "the " + shortForm) + CountOf(text, "The " + shortForm);
            var bare = CountOf(text, shortForm) - withThe - 1;
            var firstWithThe = antecedent.Range.Start >= 4 && text.AsSpan(antecedent.Range.Start - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase);
            shortForm = withThe > bare || withThe == bare && firstWithThe ? "the " + shortForm : shortForm;
            return link.IsPossessive ? shortForm + "’s" : shortForm;
        }

        var start = antecedent.Range.Start;
        var definite = link.Surface.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && antecedent.Kind is EntityKind.Organisation or EntityKind.Treaty && name.Contains(' ', StringComparison.Ordinal);
        // A person's name takes no article, even where the article wrote it as a modifier ("the Moreau government").
        if (antecedent.Kind != EntityKind.Person && start >= 4 && text.AsSpan(start - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase) || definite)
        {
            // "the agreement" becomes "the Cooperative Framework Agreement" even where the article first wrote "a …".
            name = "the " + name;
        }

        if (!link.IsPossessive && antecedent.Kind == EntityKind.Country && link.Surface.StartsWith("the ", StringComparison.OrdinalIgnoreCase) &&
            OfAQuantity().IsMatch(text.AsSpan(link.Range.End)))
        {
            // "watched closely in the country of 1.5 million people": the name, then what the phrase says of it ("Estonia, a country of …").
            return name + ", a " + link.Surface[4..].ToLowerInvariant();
        }

        return link.IsPossessive || PossessiveHer(text, link) ? name + "’s" : name;
    }

    // After an object "her" comes a preposition, a determiner, a clause or punctuation ("told her that", "gave her the
    // award"); after a possessive one, what she has ("her former running mate", "her State Department").
    private static readonly HashSet<string> AfterObjectHer = new(Lexicon.Default.Words("afterObjectHer"), StringComparer.OrdinalIgnoreCase);

    private static bool PossessiveHer(string text, PronounLink link)
    {
        if (link.Surface is not ("her" or "Her") || link.Range.End >= text.Length || text[link.Range.End] != ' ')
        {
            return false;
        }

        var start = link.Range.End + 1;
        var end = start;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-'))
        {
            end++;
        }

        var before = link.Range.Start - 1;
        var previousStart = before;
        while (previousStart > 0 && char.IsLetter(text[previousStart - 1]))
        {
            previousStart--;
        }

        // "let her go", "saw her leave": after a verb of letting or perceiving, "her" is the object of a bare infinitive.
        return end > start && !AfterObjectHer.Contains(text[start..end]) && !(before > 0 && CausativeVerbs.Contains(text[previousStart..before]));
    }

    private static readonly HashSet<string> CausativeVerbs = new(Lexicon.Default.Words("causativeVerbs"), StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^ of (?:about |around |nearly |almost |some |roughly |more than |over )?\d", RegexOptions.CultureInvariant)]
    private static partial Regex OfAQuantity();

    private static bool PlaceVerb(string word) =>
        VerbForms.IsPastTense(word) || word is "place" or "held" or "met" or "meet" or "meets" or "sits" or "sat" or "lives" or "live" or "lived" or
            "is" or "are" or "was" or "were" or "stays" or "stayed" or "remains" or "remained" or "based" or "headquartered" or "born" or "took";

    private static int CountOf(string text, string phrase)
    {
        var count = 0;
        for (var i = text.IndexOf(phrase, StringComparison.Ordinal); i >= 0; i = text.IndexOf(phrase, i + phrase.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// Inverts a simple clause around a time or place phrase: "It initiated X in 1992, a forum …" becomes
    /// "In what year did Kazakhstan initiate X?". Returns null whenever the clause is not plainly subject–verb–object.
    /// </summary>
    public static string? WhQuestion(SentenceInfo sentence, string text, Mention answer)
    {
        var local = sentence.Text;
        var answerStart = answer.Range.Start - sentence.Range.Start;
        var answerEnd = answerStart + answer.Range.Length;
        var prep = PrepositionBefore().Match(local[..answerStart]);
        if (!prep.Success)
        {
            return null;
        }

        var preposition = prep.Groups["prep"].Value.ToLowerInvariant();
        var wh = WhPhrase(answer.Kind, preposition);
        if (wh is null)
        {
            return null;
        }

        var head = local[..prep.Index].TrimEnd();
        if (sentence.Mentions.Any(m => m.Kind == answer.Kind && m.Range != answer.Range && m.Range.End <= answer.Range.Start))
        {
            // "Montenegro opened talks in 2012 and Serbia in 2014": with another date before it, the clause is a gapped
            // pair, and inverting it gives "In what year did Montenegro open talks in 2012 and Serbia?".
            return null;
        }

        if (wh == "Where" && head.Length > 0 && !PlaceVerb(head[(head.LastIndexOf(' ') + 1)..]))
        {
            // "ECOWAS responded to the coup in Niger": the place belongs to the noun before it, not to where ECOWAS acted.
            return null;
        }

        var tail = local[answerEnd..];
        string clause;
        int clauseOffset;
        if (head.Length == 0)
        {
            // "In 1992, Kazakhstan initiated …": the clause follows the comma.
            if (!tail.StartsWith(',') || answer.Kind is EntityKind.City or EntityKind.Country)
            {
                return null;
            }

            clause = tail[1..].Trim();
            clauseOffset = answerEnd + 1 + (tail.Length - 1 - tail[1..].TrimStart().Length);
        }
        else
        {
            var rest = tail.TrimStart();
            var cut = rest.IndexOfAny([',', ';', '(', '—', '–']);
            rest = cut >= 0 ? rest[..cut] : rest;
            rest = rest.TrimEnd('.', '!', '?', ' ', '"', '”');
            if (rest.Length > 0 && (rest.StartsWith("and ", StringComparison.Ordinal) || rest.Split(' ').Length > 8))
            {
                return null;
            }

            clause = (head + (rest.Length > 0 ? " " + rest : string.Empty)).Trim();
            clauseOffset = 0;
        }

        clause = StripMarker(clause).TrimEnd('.', ',', ' ');
        if (clause.Contains(',', StringComparison.Ordinal) || clause.Contains('"', StringComparison.Ordinal) || clause.Contains('“', StringComparison.Ordinal))
        {
            return null;
        }

        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var verbIndex = -1;
        for (var i = 1; i < words.Length; i++)
        {
            if (VerbForms.Auxiliaries.Contains(words[i]) || VerbForms.IsPastTense(words[i]))
            {
                verbIndex = i;
                break;
            }
        }

        if (verbIndex < 1 || verbIndex > 8 || verbIndex == words.Length - 1 && VerbForms.Auxiliaries.Contains(words[verbIndex]) ||
            HasSecondVerb(words, verbIndex))
        {
            return null;
        }

        var after = string.Join(' ', words[(verbIndex + 1)..]);
        if (answer.Kind is not (EntityKind.City or EntityKind.Country) && Comparison().IsMatch(after))
        {
            // "Observers feared a disaster akin to the massacre in the valley in August": the time dates the event the
            // clause compares with, so "In what month did observers fear …?" asks about the wrong event.
            return null;
        }

        if (words.Skip(verbIndex + 1).Any(Subordinators.Contains))
        {
            // "trade has suffered since the border shut in 2021": the time belongs to the subordinate clause, and "In what
            // year has trade suffered since the border shut?" asks something else.
            return null;
        }

        var adverbStart = verbIndex;
        while (adverbStart > 1 && words[adverbStart - 1].EndsWith("ly", StringComparison.Ordinal))
        {
            adverbStart--;
        }

        var subject = string.Join(' ', words[..adverbStart]);
        var adverbs = string.Join(' ', words[adverbStart..verbIndex]);
        var resolved = ResolveSubject(subject, sentence, text);
        if (resolved is null || subject.Any(c => c is '(' or ')') || words[..adverbStart].Any(w => VerbForms.IsPastTense(w)))
        {
            return null;
        }

        _ = clauseOffset;
        var verb = words[verbIndex];
        var adverbPart = adverbs.Length > 0 ? adverbs + " " : string.Empty;
        var question = VerbForms.Auxiliaries.Contains(verb)
            ? $"{wh} {verb} {resolved} {adverbPart}{after}"
            : $"{wh} did {resolved} {adverbPart}{VerbForms.ToBase(verb)} {after}";
        question = Words.CollapseSpace(question).TrimEnd() + "?";
        if (LoosePronoun().IsMatch(question[wh.Length..]) && !PronounsAnchored(question, sentence, text))
        {
            return null;
        }

        return Finish(question, sentence, null);
    }

    /// <summary>
    /// "A study published in 2022 found that …" has two clauses; inverting the first verb would be wrong,
    /// so any verb beyond the first (an auxiliary's participle apart) refuses the rewrite.
    /// </summary>
    private static bool HasSecondVerb(string[] words, int verbIndex)
    {
        var next = verbIndex + 1;
        if (VerbForms.Auxiliaries.Contains(words[verbIndex]))
        {
            while (next < words.Length && (words[next].EndsWith("ly", StringComparison.Ordinal) || words[next] is "been" or "not" or "be"))
            {
                next++;
            }

            if (next < words.Length && VerbForms.IsPastTense(words[next]))
            {
                next++;
            }
        }

        for (var i = next; i < words.Length; i++)
        {
            if (VerbForms.Auxiliaries.Contains(words[i]) || VerbForms.IsPastTense(words[i]) || words[i] is "that" or "which" or "who")
            {
                return true;
            }
        }

        return false;
    }

    private static bool PronounsAnchored(string question, SentenceInfo sentence, string text)
    {
        // A possessive left in the object ("its citizens") is fine when the subject named in the question is its antecedent.
        foreach (Match match in LoosePronoun().Matches(question))
        {
            var link = sentence.Pronouns.FirstOrDefault(p => string.Equals(p.Surface, match.Value, StringComparison.OrdinalIgnoreCase));
            if (link?.Antecedent is null || !question.Contains(link.Antecedent.Text, StringComparison.Ordinal))
            {
                return false;
            }
        }

        _ = text;
        return true;
    }

    private static string? ResolveSubject(string subject, SentenceInfo sentence, string text)
    {
        var lower = subject.ToLowerInvariant();
        if (lower is "it" or "he" or "she" or "the country" or "the nation" or "the organisation" or "the organization" or "the bloc" or "the alliance")
        {
            var link = sentence.Pronouns.FirstOrDefault(p => p.Surface.Equals(subject, StringComparison.OrdinalIgnoreCase));
            return link?.Antecedent is { } antecedent ? NameFor(antecedent, text, link with { Surface = "it" }) : null;
        }

        if (lower.Split(' ').Any(w => w is "it" or "he" or "she" or "its" or "his" or "her" or "they" or "their" or "this" or "these" or "that"))
        {
            return null;
        }

        var first = subject.Split(' ')[0];
        if (!subject.Contains(' ', StringComparison.Ordinal) && EntityRecognizer.NotNames.Contains(subject))
        {
            // "Then came the war in Ukraine": an adverb in front of an inverted verb is no subject.
            return null;
        }

        if (Partitive().IsMatch(subject))
        {
            // "One of the most serious came in 2012": the noun it picks from is in an earlier sentence.
            return null;
        }

        if (EntityRecognizer.NotNames.Contains(first) && !DeterminerLike.Contains(first))
        {
            // "On 7 March 2024 Prime Minister …", "When India took over …": a fronted phrase or clause, not the subject.
            return null;
        }

        if (first is "When" or "While" or "After" or "Before" or "Although" or "Though" or "If" or "As" or "Because" or "Since" or "Once" or "Until" or "Unless" or "Whether" or "Where" or "Whereas" or "Whatever" or "Whenever")
        {
            // "When India took over …, expectations were low": the words before the verb are a subordinate clause, not a subject.
            return null;
        }

        var isName = sentence.Mentions.Any(m => m.IsNamed && subject.StartsWith(m.Text, StringComparison.Ordinal));
        // A word the article never writes in lower case is a name whatever the recogniser made of it ("King and Weeks were
        // abducted"), and a title before a name keeps its capital ("did President Mahmoud Abbas visit").
        var rest = subject.Split(' ');
        var titled = rest.Length > 1 && rest[1].Length > 0 && char.IsUpper(rest[1][0]) && !DeterminerLike.Contains(rest[1]) && first is not ("The" or "A" or "An");
        // A title word standing alone ("King and Osei were detained") is a surname when the article writes it so elsewhere too.
        var titleAsSurname = TitleWords.Contains(first) && !titled && CapitalisedMidSentence(text, first, beforeLowerCase: true);
        var keepsCapital = isName || titled || titleAsSurname || first.Skip(1).Any(char.IsUpper) || first.Any(char.IsDigit) ||
            !DeterminerLike.Contains(first) && CapitalisedMidSentence(text, first);
        // "In what year did talks with the EU begin?": only names keep their capital once the subject moves inside the question.
        return keepsCapital ? subject : char.ToLowerInvariant(subject[0]) + subject[1..];
    }

    /// <summary>
    /// Whether the article writes <paramref name="word"/> with its capital inside a sentence, where only a name keeps it; with
    /// <paramref name="beforeLowerCase"/>, only where a lower-case word follows ("Martin King and …", not "King Charles").
    /// </summary>
    private static bool CapitalisedMidSentence(string text, string word, bool beforeLowerCase = false)
    {
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            var end = i + word.Length;
            var whole = (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
            var before = text.AsSpan(0, i).TrimEnd();
            var after = text.AsSpan(end).TrimStart();
            if (whole && i > 0 && text[i - 1] == ' ' && before.Length > 0 && (char.IsLetterOrDigit(before[^1]) || before[^1] == ',') &&
                (!beforeLowerCase || after.Length > 0 && char.IsLower(after[0])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> Subordinators = new(Lexicon.Default.Words("subordinators"), StringComparer.Ordinal);

    // Titles that are also surnames ("Martin King", "Angela Chancellor").
    private static readonly HashSet<string> TitleWords = new(Lexicon.Default.Words("titles"), StringComparer.Ordinal);

    // Sentence words that may open a plain subject ("The treaty", "Many countries", "President Biden").
    private static readonly HashSet<string> DeterminerLike = new(
        Lexicon.Default.Set(StringComparer.Ordinal, "determiners", "compassPoints", "titles", "titleQualifiers", "honorifics", "academicTitles")
            .Concat(Lexicon.Capitalised(Lexicon.Default.Words("numberWords"))),
        StringComparer.Ordinal);

    private static string? WhPhrase(EntityKind kind, string preposition) => kind switch
    {
        EntityKind.Year => preposition switch
        {
            "in" => "In what year",
            "since" => "Since what year",
            "by" => "By what year",
            "until" => "Until what year",
            _ => null,
        },
        EntityKind.Date => preposition switch
        {
            "on" => "On what date",
            "in" => "When",
            "by" => "By what date",
            "since" => "Since when",
            _ => null,
        },
        EntityKind.Month => preposition switch
        {
            "in" => "In what month",
            "since" => "Since what month",
            "until" => "Until what month",
            _ => null,
        },
        EntityKind.City or EntityKind.Country => preposition == "in" ? "Where" : null,
        _ => null,
    };
}
