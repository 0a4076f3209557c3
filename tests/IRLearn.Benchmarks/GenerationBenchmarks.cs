using BenchmarkDotNet.Attributes;
using IRLearn.QuestionGeneration;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.Benchmarks;

/// <summary>
/// The generator end to end on a ~1,000-word and a ~10,000-word article, each beside a bare
/// sentence-split pass over the same text, so the report reads as a ratio that survives a noisy machine.
/// </summary>
[MemoryDiagnoser]
public class GenerationBenchmarks
{
    private readonly ArticleGenerator _generator = new();
    private string _article = string.Empty;

    [Params(1_000, 10_000)]
    public int Words { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _article = BenchmarkArticles.Build(Words);
        _ = _generator.Generate(_article);
    }

    [Benchmark(Baseline = true)]
    public int SplitSentences() => SentenceSplitter.Split(_article).Count;

    [Benchmark]
    public int Generate() => _generator.Generate(_article).Questions.Count;
}
