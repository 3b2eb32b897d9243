using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Psychoed.Core.Search;

namespace Psychoed.Benchmarks;

/// <summary>
/// One evaluation question per invocation, cycling through all of them, so the iteration statistics
/// are the distribution of single-query latency (mean, P95, P99) on each corpus.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 30, iterationCount: 400, invocationCount: 1)]
public class QueryBenchmarks
{
    private SearchIndexManager _manager = null!;
    private string _data = null!;
    private string[] _questions = [];
    private int _next;

    [Params(BenchmarkCorpora.Real, BenchmarkCorpora.Synthetic)]
    public string Corpus { get; set; } = BenchmarkCorpora.Real;

    [GlobalSetup]
    public void Setup()
    {
        _data = Path.Combine(Path.GetTempPath(), "psychoed-bench-" + Guid.NewGuid().ToString("N"));
        _manager = new SearchIndexManager(new SearchOptions { DataPath = _data });
        var result = _manager.OpenAsync(BenchmarkCorpora.Load(Corpus)).GetAwaiter().GetResult();
        Console.WriteLine($"// {Corpus}: {result}");
        _questions = BenchmarkCorpora.Questions();

        // Other messages first (the crisis and tricky cases): the measured iterations then show
        // steady-state latency rather than just-in-time compilation, without pre-loading the measured
        // questions' own passages.
        foreach (var message in BenchmarkCorpora.WarmupMessages())
        {
            _manager.Search(message);
        }
    }

    [Benchmark(Description = "Search one question")]
    public SearchResult Search() => _manager.Search(_questions[_next++ % _questions.Length]);

    [GlobalCleanup]
    public void Cleanup()
    {
        _manager.Dispose();
        Directory.Delete(_data, recursive: true);
    }
}
