using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Psychoed.Core.Corpus;
using Psychoed.Core.Search;

namespace Psychoed.Benchmarks;

/// <summary>
/// A live reload after staff edit one article, with passage embeddings: each invocation swaps between
/// the corpus and the corpus with that article edited, so every rebuild re-indexes everything and
/// encodes only the edited article's passages (the rest reuse their vectors by content hash).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 4)]
public class ReloadBenchmarks
{
    private SearchIndexManager _manager = null!;
    private CorpusSnapshot[] _versions = [];
    private string _data = "";
    private int _next;

    [Params(BenchmarkCorpora.Real, BenchmarkCorpora.Synthetic)]
    public string Corpus { get; set; } = BenchmarkCorpora.Real;

    [GlobalSetup]
    public void Setup()
    {
        var snapshot = BenchmarkCorpora.Load(Corpus);
        var edited = snapshot.Articles.Select((a, i) => i != 0 ? a : a with
        {
            Sections = a.Sections.Select(s => s with { Paragraphs = s.Paragraphs.Select(p => p + " Reviewed again.").ToList() }).ToList(),
        }).ToList();
        _versions = [snapshot, snapshot with { Articles = edited, ContentHash = snapshot.ContentHash + "-edited" }];
        _data = Path.Combine(Path.GetTempPath(), "psychoed-reload-" + Guid.NewGuid().ToString("N"));
        _manager = new SearchIndexManager(new SearchOptions { DataPath = _data }, BenchmarkEncoders.For(Corpus));
        Console.WriteLine($"// {Corpus}: {_manager.OpenAsync(snapshot).GetAwaiter().GetResult()}");
    }

    [Benchmark(Description = "Reload after one article changes")]
    public IndexBuildResult Reload()
    {
        var result = _manager.RebuildAsync(_versions[++_next % 2]).GetAwaiter().GetResult();
        return result.Succeeded ? result : throw new InvalidOperationException(result.ToString());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _manager.Dispose();
        Directory.Delete(_data, recursive: true);
    }
}
