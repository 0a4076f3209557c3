using IRLearn.QuestionGeneration.Analysis;
using IRLearn.QuestionGeneration.Entities;
using IRLearn.QuestionGeneration.Questions;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Lessons;

/// <summary>
/// Turns the analysis into a lesson draft: a summary of the most salient sentences, sections
/// (the article's own headings, or paragraph groups named after what they discuss), key terms,
/// learning objectives and topic tags.
/// </summary>
public static class LessonBuilder
{
    public const int SummarySentences = 3;
    public const int MaxTags = 8;

    public static LessonDraft Build(ArticleAnalysis analysis, IReadOnlyList<GeneratedQuestion> questions)
    {
        return new LessonDraft(
            Summary(analysis),
            Sections(analysis),
            analysis.Acronyms.Select(a => new KeyTermDraft(a.Acronym, a.Expansion)).ToList(),
            Objectives(analysis, questions),
            Tags(analysis));
    }

    private static string Summary(ArticleAnalysis analysis)
    {
        var picked = analysis.Sentences
            .Where(s => s.WordCount is >= 8 and <= 60 && !s.Text.Contains('“', StringComparison.Ordinal))
            .Where(s => s.Pronouns.All(p => p.Antecedent is not null) || s.Index == 0)
            .OrderByDescending(s => s.Salience)
            .ThenBy(s => s.Index)
            .Take(SummarySentences)
            .OrderBy(s => s.Index)
            .Select(s => StemWriter.Rewrite(s, analysis.Text, null) ?? s.Text);
        return string.Join(' ', picked);
    }

    private static List<LessonSectionDraft> Sections(ArticleAnalysis analysis)
    {
        var article = analysis.Article;
        var sections = new List<LessonSectionDraft>();
        if (article.Blocks.Any(b => b.IsHeading))
        {
            string? heading = null;
            var body = new List<string>();
            foreach (var block in article.Blocks)
            {
                if (block.IsHeading)
                {
                    Flush(sections, heading ?? "Introduction", body);
                    heading = block.Range.Slice(article.Text);
                    continue;
                }

                body.Add(block.Range.Slice(article.Text));
            }

            Flush(sections, heading ?? "Introduction", body);
            return sections;
        }

        var paragraphs = article.Blocks.Select((b, i) => (Block: b, Index: i)).ToList();
        var groupSize = paragraphs.Count <= 4 ? 1 : 2;
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var start = 0; start < paragraphs.Count; start += groupSize)
        {
            var group = paragraphs.Skip(start).Take(groupSize).ToList();
            var indexes = group.Select(g => g.Index).ToHashSet();
            var sentences = analysis.Sentences.Where(s => indexes.Contains(s.BlockIndex)).ToList();
            var text = string.Join("\n\n", group.Select(g => g.Block.Range.Slice(article.Text)));
            sections.Add(new LessonSectionDraft(Heading(analysis, sentences, start == 0, start + groupSize >= paragraphs.Count, used), text));
        }

        return sections;
    }

    private static void Flush(List<LessonSectionDraft> sections, string heading, List<string> body)
    {
        if (body.Count > 0)
        {
            sections.Add(new LessonSectionDraft(heading, string.Join("\n\n", body)));
            body.Clear();
        }
    }

    /// <summary>A short heading from what the paragraphs name most, leaving out the article's overall subject.</summary>
    private static string Heading(ArticleAnalysis analysis, List<SentenceInfo> sentences, bool first, bool last, HashSet<string> used)
    {
        if (last && sentences.Count > 0 && sentences[0].Text.StartsWith("In conclusion", StringComparison.OrdinalIgnoreCase))
        {
            return "Conclusion";
        }

        var dominant = analysis.DominantCountry?.Key;
        var terms = sentences.SelectMany(s => s.Mentions)
            .Where(m => m.Kind is EntityKind.Organisation or EntityKind.Country or EntityKind.Concept or EntityKind.Treaty or EntityKind.City or EntityKind.Name)
            .Where(m => m.Key != dominant)
            .GroupBy(m => m.Key)
            .OrderByDescending(g => g.Count() * (g.First().Kind == EntityKind.Concept ? 1.5 : 1.0))
            .ThenBy(g => g.First().Range.Start)
            .Select(g => Display(analysis, g.First()))
            .Where(t => !used.Contains(t))
            .Take(2)
            .ToList();
        if (terms.Count == 0)
        {
            return first ? "Introduction" : "Further points";
        }

        foreach (var term in terms)
        {
            used.Add(term);
        }

        var heading = string.Join(" and ", terms);
        return char.ToUpperInvariant(heading[0]) + heading[1..];
    }

    private static string Display(ArticleAnalysis analysis, Mention mention)
    {
        var pair = analysis.Acronyms.FirstOrDefault(a => a.Expansion == mention.Key);
        return pair is not null && pair.Expansion.Length > 30 ? pair.Acronym : mention.Kind == EntityKind.Concept ? mention.Text.ToLowerInvariant() : mention.Key;
    }

    private static List<string> Objectives(ArticleAnalysis analysis, IReadOnlyList<GeneratedQuestion> questions)
    {
        var objectives = new List<string>();
        var topOrganisations = analysis.DistinctOfKind(EntityKind.Organisation);
        var subject = analysis.DominantCountry?.Key ?? (topOrganisations.Count > 0 ? topOrganisations[0].Key : null);
        var concepts = analysis.DistinctOfKind(EntityKind.Concept).Take(2).Select(c => c.Text.ToLowerInvariant()).ToList();
        if (subject is not null && concepts.Count > 0)
        {
            objectives.Add($"Explain {subject}’s position on {string.Join(" and ", concepts)}.");
        }

        var organisations = analysis.DistinctOfKind(EntityKind.Organisation).Take(2).Select(o => Display(analysis, o)).ToList();
        if (organisations.Count > 0)
        {
            objectives.Add($"Describe the role of {string.Join(" and ", organisations.Select(o => o.StartsWith("the ", StringComparison.Ordinal) ? o : "the " + o))} in the issues the article discusses.");
        }

        var hasFigures = analysis.Sentences.SelectMany(s => s.Mentions).Any(m => m.IsNumeric);
        if (hasFigures)
        {
            objectives.Add("Recall the key dates and figures the article uses to support its argument.");
        }

        var places = analysis.DistinctOfKind(EntityKind.Country).Concat(analysis.DistinctOfKind(EntityKind.City))
            .Where(m => m.Key != subject).Take(3).Select(m => m.Key).ToList();
        if (places.Count >= 2)
        {
            objectives.Add($"Identify the places the article connects to its subject, such as {string.Join(", ", places)}.");
        }

        if (analysis.Acronyms.Count > 0)
        {
            objectives.Add("Expand and explain the acronyms of the organisations mentioned.");
        }

        if (objectives.Count == 0)
        {
            objectives.Add("Summarise the article’s main argument in your own words.");
        }

        _ = questions;
        return objectives;
    }

    private static List<string> Tags(ArticleAnalysis analysis)
    {
        var tags = new List<string>();
        void Add(string? tag)
        {
            if (!string.IsNullOrWhiteSpace(tag) && !tags.Contains(tag, StringComparer.OrdinalIgnoreCase) && tags.Count < MaxTags)
            {
                tags.Add(tag);
            }
        }

        if (analysis.DominantCountry is { } dominant)
        {
            Add(dominant.Key);
            Add(dominant.Hit?.Country?.Region);
        }

        foreach (var org in analysis.DistinctOfKind(EntityKind.Organisation).Where(o => analysis.Frequency.GetValueOrDefault(o.Key) >= 1).Take(3))
        {
            Add(Display(analysis, org));
        }

        foreach (var concept in analysis.DistinctOfKind(EntityKind.Concept).Take(3))
        {
            Add(concept.Text.ToLowerInvariant());
        }

        foreach (var country in analysis.DistinctOfKind(EntityKind.Country).Take(3))
        {
            Add(country.Key);
        }

        return tags;
    }
}
