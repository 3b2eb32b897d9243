using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Psychoed.Core.Corpus;
using Psychoed.Core.Search;

namespace Psychoed.Benchmarks;

/// <summary>Index build time (chunking, analysis, writing to disk, opening) for each corpus.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class BuildBenchmarks
{
    private CorpusSnapshot _snapshot = null!;
    private string _data = "";

    [Params(BenchmarkCorpora.Real, BenchmarkCorpora.Synthetic)]
    public string Corpus { get; set; } = BenchmarkCorpora.Real;

    [GlobalSetup]
    public void Setup() => _snapshot = BenchmarkCorpora.Load(Corpus);

    [IterationSetup]
    public void NewFolder() => _data = Path.Combine(Path.GetTempPath(), "psychoed-build-" + Guid.NewGuid().ToString("N"));

    [Benchmark(Description = "Build the index")]
    public IndexBuildResult Build() => Open(null);

    /// <summary>
    /// With passage embeddings: the real model on the real library; on the generated one a stand-in
    /// (see <see cref="StandInEncoder"/>), so this row is the build without the model's own time.
    /// </summary>
    [Benchmark(Description = "Build the index with passage embeddings")]
    public IndexBuildResult BuildWithEmbeddings() => Open(BenchmarkEncoders.For(Corpus));

    private IndexBuildResult Open(Psychoed.Core.Semantic.ITextEncoder? encoder)
    {
        using var manager = new SearchIndexManager(new SearchOptions { DataPath = _data }, encoder);
        var result = manager.OpenAsync(_snapshot).GetAwaiter().GetResult();
        return result.Succeeded ? result : throw new InvalidOperationException(result.ToString());
    }

    [IterationCleanup]
    public void DeleteFolder()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
