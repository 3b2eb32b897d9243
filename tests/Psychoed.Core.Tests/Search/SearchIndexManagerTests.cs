using Psychoed.Core.Corpus;
using Psychoed.Core.Search;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Search;

public sealed class SearchIndexManagerTests : IAsyncLifetime
{
    private readonly TempFolder _data = new();
    private CorpusSnapshot _snapshot = null!;

    public async Task InitializeAsync() => _snapshot = await SmallCorpus.LoadAsync();

    public Task DisposeAsync()
    {
        _data.Dispose();
        return Task.CompletedTask;
    }

    private SearchIndexManager NewManager() => new(new SearchOptions { DataPath = _data.Path });

    private string IndexRoot => Path.Combine(_data.Path, "index");

    [Fact]
    public async Task The_index_is_built_on_disk_once_and_reused_while_the_content_is_unchanged()
    {
        string firstId;
        using (var manager = NewManager())
        {
            Assert.False(manager.IsReady);
            var built = await manager.OpenAsync(_snapshot);
            Assert.Equal(IndexBuildOutcome.Built, built.Outcome);
            Assert.Equal(6, built.Articles);
            firstId = built.IndexId!;
            Assert.True(Directory.Exists(Path.Combine(IndexRoot, firstId)));
            Assert.Equal(firstId, File.ReadAllText(Path.Combine(IndexRoot, "current")));
        }

        using (var manager = NewManager())
        {
            var reused = await manager.OpenAsync(_snapshot);
            Assert.Equal(IndexBuildOutcome.Reused, reused.Outcome);
            Assert.Equal(firstId, reused.IndexId);
            Assert.True(manager.Search("insomnia").Answerable);
            Assert.Equal(IndexBuildOutcome.Unchanged, (await manager.RebuildAsync(_snapshot)).Outcome);
        }

        using (var manager = NewManager())
        {
            var changed = await manager.OpenAsync(SmallCorpus.Variant(_snapshot, "changed-content"));
            Assert.Equal(IndexBuildOutcome.Built, changed.Outcome);
            Assert.NotEqual(firstId, changed.IndexId);
            Assert.False(Directory.Exists(Path.Combine(IndexRoot, firstId)));
        }
    }

    [Fact]
    public async Task Searches_never_fail_while_rebuilds_swap_the_index()
    {
        using var manager = NewManager();
        await manager.OpenAsync(_snapshot);
        var withoutSleep = _snapshot.Articles.Where(a => a.Id != "sleep-and-insomnia").ToList();
        var variants = new[] { SmallCorpus.Variant(_snapshot, "a"), SmallCorpus.Variant(_snapshot, "b", withoutSleep) };
        var failures = 0;
        var searches = 0;
        using var stop = new CancellationTokenSource();

        var searchers = Enumerable.Range(0, 6).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var anxiety = manager.Search("cant stop worrying about everything");
                var next = manager.NextPassage("anxiety-basics#0");
                if (!anxiety.Answerable || anxiety.Best!.Passage.ArticleId != "anxiety-basics" || next is null)
                {
                    Interlocked.Increment(ref failures);
                }

                Interlocked.Increment(ref searches);
            }
        })).ToList();

        var swaps = new List<string?>();
        for (var i = 0; i < 8; i++)
        {
            var result = await manager.RebuildAsync(variants[i % 2]);
            Assert.Equal(IndexBuildOutcome.Built, result.Outcome);
            swaps.Add(result.IndexId);
        }

        stop.Cancel();
        await Task.WhenAll(searchers);

        Assert.Equal(0, failures);
        Assert.True(searches > 0);
        Assert.Equal(2, swaps.Distinct().Count());
        Assert.Single(Directory.GetDirectories(IndexRoot));
    }

    [Fact]
    public async Task A_failed_build_keeps_the_old_index_serving()
    {
        using var manager = NewManager();
        var first = await manager.OpenAsync(_snapshot);

        var empty = await manager.RebuildAsync(SmallCorpus.Variant(_snapshot, "empty", []));
        var broken = await manager.RebuildAsync(SmallCorpus.Variant(_snapshot, "broken", new ThrowingArticleList(_snapshot.Articles, 3)));

        Assert.Equal(IndexBuildOutcome.Failed, empty.Outcome);
        Assert.Contains("no published article", empty.Error, StringComparison.Ordinal);
        Assert.Equal(IndexBuildOutcome.Failed, broken.Outcome);
        Assert.Contains("simulated read failure", broken.Error, StringComparison.Ordinal);
        Assert.Equal(first.IndexId, broken.IndexId);
        Assert.Equal(first.IndexId, manager.CurrentIndexId);
        Assert.True(manager.Search("insomnia").Answerable);
        Assert.Equal([first.IndexId!], Directory.GetDirectories(IndexRoot).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_damaged_index_folder_is_rebuilt_on_start()
    {
        string id;
        using (var manager = NewManager())
        {
            id = (await manager.OpenAsync(_snapshot)).IndexId!;
        }

        foreach (var file in Directory.GetFiles(Path.Combine(IndexRoot, id), "*.cfs").Concat(Directory.GetFiles(Path.Combine(IndexRoot, id), "segments*")))
        {
            File.WriteAllText(file, "garbage");
        }

        using (var manager = NewManager())
        {
            var result = await manager.OpenAsync(_snapshot);
            Assert.Equal(IndexBuildOutcome.Built, result.Outcome);
            Assert.True(manager.Search("insomnia").Answerable);
        }
    }

    [Fact]
    public async Task Dispose_closes_every_generation_once_the_last_search_releases_it()
    {
        var manager = NewManager();
        await manager.OpenAsync(_snapshot);
        var inFlight = manager.Acquire()!;
        await manager.RebuildAsync(SmallCorpus.Variant(_snapshot, "next"));
        var current = manager.Acquire()!;
        current.Release();

        manager.Dispose();

        Assert.False(manager.IsReady);
        Assert.Equal("the search index is not ready", manager.Search("insomnia").Reason);
        Assert.True(current.IsClosed);
        Assert.False(inFlight.IsClosed);
        Assert.True(inFlight.Searcher!.Search("insomnia").Answerable);
        inFlight.Release();
        Assert.True(inFlight.IsClosed);
        Assert.False(Directory.Exists(inFlight.Folder));
        Assert.True(Directory.Exists(current.Folder));
        manager.Dispose();
    }

    [Fact]
    public async Task Search_before_the_index_is_open_is_not_covered_not_an_exception()
    {
        using var manager = NewManager();

        var result = manager.Search("anxiety");

        Assert.False(result.Answerable);
        Assert.Equal("the search index is not ready", result.Reason);
        Assert.Null(manager.GetPassage("anxiety-basics#0"));
    }
}
