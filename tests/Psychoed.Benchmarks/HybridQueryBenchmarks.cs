using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Psychoed.Core.Search;

namespace Psychoed.Benchmarks;

/// <summary>
/// Hybrid search (BM25 + exact dense similarity over every passage, fused), one question per
/// invocation with its vector encoded beforehand: the encode is measured in <see cref="EncodeBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 30, iterationCount: 400, invocationCount: 1)]
public class HybridQueryBenchmarks
{
    private SearchIndexManager _manager = null!;
    private string _data = null!;
    private string[] _questions = [];
    private float[][] _vectors = [];
    private int _next;

    [Params(BenchmarkCorpora.Real, BenchmarkCorpora.Synthetic)]
    public string Corpus { get; set; } = BenchmarkCorpora.Real;

    [GlobalSetup]
    public void Setup()
    {
        _data = Path.Combine(Path.GetTempPath(), "psychoed-bench-" + Guid.NewGuid().ToString("N"));
        var encoder = BenchmarkEncoders.For(Corpus);
        _manager = new SearchIndexManager(new SearchOptions { DataPath = _data }, encoder);
        var result = _manager.OpenAsync(BenchmarkCorpora.Load(Corpus)).GetAwaiter().GetResult();
        Console.WriteLine($"// {Corpus}: {result}, semantic {result.Semantic}");
        if (!result.Semantic)
        {
            throw new InvalidOperationException("the index has no passage vectors");
        }

        _questions = BenchmarkCorpora.Questions();
        _vectors = encoder.EncodeBatch(_questions).ToArray();
        var warmup = BenchmarkCorpora.WarmupMessages();
        var warmupVectors = encoder.EncodeBatch(warmup);
        for (var i = 0; i < warmup.Length; i++)
        {
            _manager.Search(warmup[i], warmupVectors[i]);
        }
    }

    [Benchmark(Description = "Hybrid search, vector given")]
    public SearchResult Search()
    {
        var i = _next++ % _questions.Length;
        return _manager.Search(_questions[i], _vectors[i]);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _manager.Dispose();
        Directory.Delete(_data, recursive: true);
    }
}
