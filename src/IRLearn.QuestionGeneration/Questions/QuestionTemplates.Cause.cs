using System.Text.RegularExpressions;
using IRLearn.QuestionGeneration.Analysis;
using IRLearn.QuestionGeneration.Entities;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Questions;

public static partial class QuestionTemplates
{
    /// <summary>What a cause answers: "why" (a reason), "when" (an earlier event) or "what prompted …" (a noun phrase).</summary>
    private enum CauseAsk
    {
        Why,
        When,
        What,
    }

    /// <summary>
    /// A cause the article states with an explicit connective or verb. <see cref="Option"/> is the cause as the article writes it,
    /// connective included ("Because of domestic protests"), so that it answers its question; <see cref="Noun"/> is the cause as a
    /// bare noun phrase when it is one. <see cref="Question"/> is null when the effect cannot be asked about: the cause still
    /// serves as another question's distractor.
    /// </summary>
    private sealed record CauseFinding(SentenceInfo Sentence, CauseAsk Ask, TextRange CauseRange, string Option, string? Noun, string? Question, TextRange EffectRange);

    // A reason ("because of", "in response to") answers "why"; an earlier event ("after", "following") answers "when". The two
    // are never mixed in one question's options, or the odd one out would be known by its first word.
    [GeneratedRegex(@"(?<=\w[\w’'”""]?,? )(?<connective>(?<noun>because of|due to|as a result of|in response to|owing to)|because|(?<sequence>after|following)) (?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex CauseConnective();

    // "the global financial crisis prompted the first leaders' meeting": the subject is the cause, the object the effect.
    [GeneratedRegex(@"(?<=\w[’'”]?s? )(?<verb>prompted|triggered|led to|caused|sparked|forced|resulted in)(?= \S)(?! by\b)", RegexOptions.CultureInvariant)]
    private static partial Regex CauseVerb();

    // "was due to expire", "the following year", "weeks after", "after 2 a.m.": a schedule, an adjective or a span of time.
    private static readonly HashSet<string> NotCausalBefore = new(Lexicon.Default.Words("notCausalBefore"), StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?:[0-9]|(?:" + WordPatterns.Unit + @"|ten|several|many|a few|a year|a month|a week|a day|an hour|hours|days|weeks|months|years|decades|midnight|dawn|noon|that|this|which|whom|it|them)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotAnEventAfter();

    // "partly because", "not because", "possibly due to": the connective does not give the reason as the article's fact.
    private static readonly HashSet<string> WeakenedConnective = new(Lexicon.Default.Words("weakeningWords"), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Modals = new(Lexicon.Default.Words("modals"), StringComparer.Ordinal);

    // Verbs that, ending a clause, lean on the sentence before: "Angola followed", "Egypt responded".
    private static readonly HashSet<string> ContextVerbs = new(Lexicon.Default.Words("contextVerbs"), StringComparer.Ordinal);

    [GeneratedRegex(@"\b(?:that|whether)\b|\b(?:said|says|say|noted|argued|claimed|told|added|wrote|reported|announced|insisted|stated|believes|believed|thinks|thought)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ReportedClause();

    // ", however," and its kin inside a clause: dropped from the question, they change nothing it asks.
    [GeneratedRegex(@",\s*(?:however|though|in turn|meanwhile|moreover|too|also|once|then|therefore|thus|in fact),\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Interjection();

    // "in October 2022", "on 1 January 2021", ", in 2012,": a time phrase to drop from a "when" question.
    [GeneratedRegex(@",?\s*\b(?:in|on|by)\s+(?:[0-9]{1,2}\s+)?(?:(?:" + WordPatterns.Month + @")(?:\s+[0-9]{1,2},)?(?:\s+[0-9]{4})?|[0-9]{4})\b,?", RegexOptions.CultureInvariant)]
    private static partial Regex DatePhrase();

    private static List<CauseFinding> FindCauses(ArticleAnalysis analysis)
    {
        var found = new List<CauseFinding>();
        foreach (var sentence in analysis.Sentences)
        {
            if (sentence.WordCount is < 6 or > 60 || sentence.Text.EndsWith('?'))
            {
                continue;
            }

            var quoted = Words.QuotedSpans(sentence.Text, sentence.Range.Start);
            foreach (Match connective in CauseConnective().Matches(sentence.Text))
            {
                if (!quoted.Any(q => q.Contains(sentence.Range.Start + connective.Index)) && ConnectiveCause(sentence, analysis, connective) is { } finding)
                {
                    found.Add(finding);
                }
            }

            foreach (Match verb in CauseVerb().Matches(sentence.Text))
            {
                if (!quoted.Any(q => q.Contains(sentence.Range.Start + verb.Index)) && VerbCause(sentence, analysis, verb) is { } finding)
                {
                    found.Add(finding);
                }
            }
        }

        return found;
    }

    /// <summary>"EFFECT because CAUSE", "EFFECT after EVENT".</summary>
    private static CauseFinding? ConnectiveCause(SentenceInfo sentence, ArticleAnalysis analysis, Match connective)
    {
        var text = analysis.Text;
        var at = sentence.Range.Start + connective.Index;
        var before = sentence.Text[..connective.Index].TrimEnd(' ', ',');
        var previousWord = before[(before.LastIndexOf(' ') + 1)..];
        var sequence = connective.Groups["sequence"].Success;
        var nounConnective = connective.Groups["noun"].Success;
        var after = sentence.Text[(connective.Index + connective.Length)..];
        if (WeakenedConnective.Contains(previousWord) || before.EndsWith(" in", StringComparison.Ordinal) && previousWord == "part" ||
            NotCausalBefore.Contains(previousWord) || (sequence || nounConnective) && NotAnEventAfter().IsMatch(after) || after.StartsWith("be ", StringComparison.Ordinal))
        {
            return null;
        }

        var causeStart = at + connective.Length;
        if (CauseEnd(sentence, text, causeStart) is not { } causeEnd)
        {
            return null;
        }

        var cause = text[causeStart..causeEnd];
        var causeRange = new TextRange(at, causeEnd - at);
        // "because of Hamas's rule … had already taken its toll": a noun cause running into a finite verb was inside the subject.
        if (nounConnective && cause.Split(' ').Any(w => VerbForms.Auxiliaries.Contains(w)))
        {
            return null;
        }

        var ask = sequence ? CauseAsk.When : CauseAsk.Why;
        var effect = EffectBefore(sentence, text, at);
        var question = effect is { } e ? InvertedQuestion(sentence, text, e, causeRange, ask) : null;
        var noun = nounConnective && NounPhrase(cause.Split(' ')) ? cause : null;
        return new CauseFinding(sentence, ask, causeRange, Capitalise(causeRange.Slice(text)), noun, question, effect ?? default);
    }

    /// <summary>"CAUSE prompted EFFECT" → "According to the article, what prompted EFFECT?", answered by the cause.</summary>
    private static CauseFinding? VerbCause(SentenceInfo sentence, ArticleAnalysis analysis, Match verb)
    {
        var text = analysis.Text;
        var verbStart = sentence.Range.Start + verb.Index;
        var head = text[sentence.Range.Start..verbStart].TrimEnd();
        var start = sentence.Range.Start;
        foreach (var boundary in new[] { ", ", " when ", " because ", " as ", " and ", "; ", " that ", " after ", " — " })
        {
            var index = head.LastIndexOf(boundary, StringComparison.Ordinal);
            if (index >= 0)
            {
                start = Math.Max(start, sentence.Range.Start + index + boundary.Length);
            }
        }

        var marker = StemWriter.StripMarker(text[start..verbStart]);
        start = verbStart - marker.Length;
        var causeRange = new TextRange(start, verbStart - 1 - start);
        var cause = causeRange.Length > 0 ? causeRange.Slice(text) : string.Empty;
        var words = cause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !NounPhrase(words) || Referring().IsMatch(cause) || words[0] is "which" or "that" or "who" or "what" or "Which" or "What" || LeansOnContext().IsMatch(cause) || Hedge().IsMatch(cause) ||
            cause.Any(c => c is '(' or ')' || IsQuoteChar(c)) || EntityRecognizer.NotNames.Contains(words[0]) && words[0] is not ("The" or "A" or "An"))
        {
            return null;
        }

        var objectStart = verbStart + verb.Length + 1;
        if (CauseEnd(sentence, text, objectStart) is not { } objectEnd)
        {
            return null;
        }

        var effect = new TextRange(objectStart, objectEnd - objectStart);
        var resolved = SelfContained(sentence, text, effect, answerKey: null);
        var question = resolved is null || resolved.Split(' ').Length < 2 || LeansOnContext().IsMatch(resolved)
            ? null
            : $"According to the article, what {verb.Value} {DropTrailingRelativeTime(resolved)}?";
        var option = Capitalise(LowerCaseOpener(cause, sentence, start));
        return new CauseFinding(sentence, CauseAsk.What, causeRange, option, cause, question, effect);
    }

    /// <summary>Where a cause (or a caused thing) ends: at the end of its clause. Null when it is hedged, vague or left open.</summary>
    private static int? CauseEnd(SentenceInfo sentence, string text, int start)
    {
        var rest = text[start..sentence.Range.End];
        var cut = rest.Length;
        var quoted = Words.QuotedSpans(rest);
        foreach (var stop in new[] { ",", ";", ":", " — ", " – ", " (", " but ", " while ", " whereas ", " although ", " because ", " after " })
        {
            var index = rest.IndexOf(stop, StringComparison.Ordinal);
            if (index > 0 && index < cut && !quoted.Any(q => q.Contains(index)))
            {
                cut = index;
            }
        }

        var cause = rest[..cut].TrimEnd('.', '!', ' ');
        if (cause.EndsWith('”') || cause.EndsWith('"'))
        {
            cause = rest[..cut].TrimEnd('.', ' ');
        }

        var words = cause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var quotes = cause.Count(IsQuoteChar);
        if (words.Length < 2 || words.Length > 18 || EndsOpen(cause) || quotes % 2 != 0 || Hedge().IsMatch(cause) || RelativeTime().IsMatch(cause) ||
            Negation().IsMatch(cause))
        {
            return null;
        }

        return start + cause.Length;
    }

    /// <summary>The clause a connective explains: from the start of its own clause to the connective. Null when there is none.</summary>
    private static TextRange? EffectBefore(SentenceInfo sentence, string text, int connectiveStart)
    {
        var start = sentence.Range.Start;
        var head = text[start..connectiveStart];
        foreach (var boundary in new[] { ", but ", ", and ", "; ", ": ", " — " })
        {
            var index = head.LastIndexOf(boundary, StringComparison.Ordinal);
            if (index >= 0)
            {
                start = Math.Max(start, sentence.Range.Start + index + boundary.Length);
            }
        }

        var local = text[start..connectiveStart];
        start += local.Length - StemWriter.StripMarker(local).Length;
        var end = connectiveStart;
        while (end > start && text[end - 1] is ' ' or ',')
        {
            end--;
        }

        return end - start >= 10 ? new TextRange(start, end - start) : null;
    }

    /// <summary>
    /// "a judge ruled X" → "According to the article, why did a judge rule X?" (or "when"); null unless the clause is a plain
    /// subject and verb whose every pronoun can be named.
    /// </summary>
    private static string? InvertedQuestion(SentenceInfo sentence, string text, TextRange effect, TextRange cause, CauseAsk ask)
    {
        var raw = effect.Slice(text);
        if (raw.Any(c => c is '(' or ')' || IsQuoteChar(c)) || Hedge().IsMatch(raw) || Negation().IsMatch(raw) || ReportedClause().IsMatch(raw) ||
            LeansOnContext().IsMatch(raw))
        {
            // A reported claim ("the letter noted that she had argued …") leaves unclear which verb the reason explains.
            return null;
        }

        var resolved = SelfContained(sentence, text, effect, answerKey: null);
        if (resolved is null)
        {
            return null;
        }

        resolved = Interjection().Replace(resolved, " ");
        if (ask == CauseAsk.When)
        {
            // "when did Moscow suspend its participation in October 2022?" would hold one answer to "when" already.
            resolved = Words.CollapseSpace(DatePhrase().Replace(resolved, " "));
            if (Numbers.MonthNames.Any(month => resolved.Contains(month, StringComparison.Ordinal)))
            {
                return null;
            }
        }

        resolved = DropTrailingRelativeTime(resolved);
        if (resolved.Contains(',', StringComparison.Ordinal) || RelativeTime().IsMatch(resolved))
        {
            return null;
        }

        var words = resolved.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var verb = -1;
        for (var i = 1; i < words.Length && i <= 8; i++)
        {
            if (VerbForms.Auxiliaries.Contains(words[i]) || VerbForms.IsPastTense(words[i]))
            {
                verb = i;
                break;
            }
        }

        var last = verb == words.Length - 1;
        if (verb < 1 || last && (VerbForms.Auxiliaries.Contains(words[verb]) || ContextVerbs.Contains(words[verb])) || Modals.Contains(words[verb]) ||
            ask == CauseAsk.When && words[verb] is "is" or "are" or "has" or "have" or "does" or "do" || !NounPhrase(words[..verb]) ||
            words[0] is "When" or "While" or "After" or "Before" or "Although" or "Though" or "If" or "As" or "Since" or "Once" or "Until" or "Unless")
        {
            return null;
        }

        // "A curfew order signed after the minister's speech closed …": a clause that ends on its verb while the cause
        // carries a verb of its own may have been a participle; the real verb was in the cause.
        if (last && text[cause.Start..cause.End].Split(' ').Skip(1).Any(VerbForms.IsPastTense) && VerbForms.IsPastTense(words[verb]) && ask == CauseAsk.When)
        {
            return null;
        }

        var pronounNamed = !effect.Slice(text).StartsWith(words[0], StringComparison.Ordinal);
        var subject = pronounNamed ? string.Join(' ', words[..verb]) : LowerCaseOpener(string.Join(' ', words[..verb]), sentence, effect.Start);
        var rest = string.Join(' ', words[(verb + 1)..]);
        var wh = ask == CauseAsk.When ? "when" : "why";
        var question = VerbForms.Auxiliaries.Contains(words[verb])
            ? $"According to the article, {wh} {words[verb]} {subject} {rest}"
            : $"According to the article, {wh} did {subject} {VerbForms.ToBase(words[verb])} {rest}";

        // A pronoun in the cause must point at something the question names ("because of his history" with the person in the stem).
        foreach (Match word in Referring().Matches(cause.Slice(text)))
        {
            var link = sentence.Pronouns.FirstOrDefault(p => p.Range.Start == cause.Start + word.Index);
            if (link?.Antecedent is null || !question.Contains(link.Antecedent.Text, StringComparison.Ordinal) && !question.Contains(link.Antecedent.Key, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return question.TrimEnd() + "?";
    }

    /// <summary>"The bombings" → "the bombings", but "Mercosur" and "President Lula" keep their capital.</summary>
    private static string LowerCaseOpener(string phrase, SentenceInfo sentence, int start)
    {
        var first = phrase.Split(' ')[0];
        var named = sentence.Mentions.Any(m => m.IsNamed && m.Range.Start == start);
        var keeps = named || first.Skip(1).Any(c => char.IsUpper(c) || char.IsDigit(c)) || !EntityRecognizer.NotNames.Contains(first) && sentence.Range.Start != start;
        return keeps || phrase.Length == 0 ? phrase : char.ToLowerInvariant(phrase[0]) + phrase[1..];
    }

    /// <summary>
    /// Words that can be a subject: a determiner only at the start or after a preposition ("Plans for a single currency"), never
    /// after a bare word, where it shows the verb was missed ("Doctors examine an injured child").
    /// </summary>
    private static bool NounPhrase(string[] words)
    {
        for (var i = 1; i < words.Length; i++)
        {
            if (words[i] is "the" or "a" or "an" or "its" or "his" or "her" or "their" && words[i - 1] is not ("of" or "for" or "in" or "on" or "at" or "with" or "from" or "to" or "by" or "between" or "among" or "against" or "over" or "under" or "and" or "or" or "across" or "into") ||
                VerbForms.Auxiliaries.Contains(words[i]))
            {
                return false;
            }
        }

        return words.Length is > 0 and <= 8;
    }

    private static QuestionCandidate? CauseQuestion(CauseFinding finding, List<CauseFinding> all, ArticleAnalysis analysis)
    {
        if (finding.Question is null)
        {
            return null;
        }

        var sentence = finding.Sentence;
        var key = finding.Ask == CauseAsk.What ? finding.Option : Capitalise(finding.CauseRange.Slice(analysis.Text));
        var distractors = CauseDistractors(finding, all, analysis, key);
        if (distractors.Count < 2)
        {
            return null;
        }

        return new QuestionCandidate
        {
            Type = GeneratedQuestionType.MultipleChoice,
            Stem = finding.Question,
            Options = Shuffle([new OptionDraft(key, true), .. distractors.Select(d => new OptionDraft(d, false))], finding.Question),
            AcceptedAnswers = [key],
            Answer = key,
            Sentence = sentence,
            Source = sentence.Range,
            Template = finding.Ask == CauseAsk.When ? "sequence" : "cause-effect",
            Score = sentence.Salience + 1.1,
            Difficulty = GeneratedDifficulty.Hard,
            Explanation = $"The article says: “{sentence.Text}”",
            Tags = Tags(sentence, analysis),
        };
    }

    /// <summary>
    /// Causes the article gives for other things, written to answer this question: "Because of …" for why, "After …" for when,
    /// a bare noun phrase for "what prompted". None that shares a name with the question's sentence or much wording with its
    /// effect or cause, none from the same paragraph, none that leans on context: each must be clearly not this cause.
    /// </summary>
    private static List<string> CauseDistractors(CauseFinding finding, List<CauseFinding> all, ArticleAnalysis analysis, string key)
    {
        var sentence = finding.Sentence;
        var effectWords = Words.ContentWords(finding.EffectRange.Length > 0 ? finding.EffectRange.Slice(analysis.Text) : string.Empty).ToHashSet(StringComparer.Ordinal);
        var causeWords = Words.ContentWords(key).ToHashSet(StringComparer.Ordinal);
        var namedHere = sentence.Mentions.Where(m => m.IsNamed).Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        var seed = StableHash.Of(key);
        var options = new List<(CauseFinding Other, string Text)>();
        foreach (var other in all.Where(o => o.Sentence != sentence && o.Sentence.BlockIndex != sentence.BlockIndex))
        {
            var text = finding.Ask switch
            {
                CauseAsk.When => other.Ask == CauseAsk.When ? other.Option : null,
                CauseAsk.What => other.Noun is { } noun ? Capitalise(noun) : null,
                _ => other.Ask == CauseAsk.Why ? other.Option : other.Ask == CauseAsk.What ? "Because of " + LowerCaseOpener(other.Noun!, other.Sentence, other.CauseRange.Start) : null,
            };
            if (text is not null)
            {
                options.Add((other, text));
            }
        }

        return options
            .Where(o =>
            {
                var body = o.Text.Split(' ', 2) is { Length: 2 } parts && o.Other.Ask != CauseAsk.What ? parts[1] : o.Text;
                var words = Words.ContentWords(o.Text).ToHashSet(StringComparer.Ordinal);
                var named = o.Other.Sentence.Mentions.Where(m => m.IsNamed && o.Other.CauseRange.Contains(m.Range.Start)).Select(m => m.Key);
                return !Referring().IsMatch(o.Text) && !LeansOnContext().IsMatch(body) && words.Intersect(causeWords).Count() * 2 < Math.Max(1, words.Count) &&
                    words.Intersect(effectWords).Count() < 2 && !named.Any(namedHere.Contains);
            })
            .Select(o => o.Text)
            .DistinctBy(Words.Normalize)
            .Where(option => Words.Normalize(option) != Words.Normalize(key))
            .OrderBy(option => StableHash.Of(option) ^ seed)
            .Take(3)
            .ToList();
    }
}
