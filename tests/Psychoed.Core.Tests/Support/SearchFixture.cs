using Psychoed.Core.Corpus;
using Psychoed.Core.Search;

namespace Psychoed.Core.Tests.Support;

/// <summary>One index over the fixture corpus, shared by the tests of a class.</summary>
public sealed class SearchFixture : IAsyncLifetime
{
    private readonly TempFolder _data = new();

    internal CorpusSnapshot Snapshot { get; private set; } = null!;

    internal SearchIndexManager Manager { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Snapshot = await SmallCorpus.LoadAsync();
        Manager = new SearchIndexManager(new SearchOptions { DataPath = _data.Path });
        var result = await Manager.OpenAsync(Snapshot);
        Assert.True(result.Succeeded, result.ToString());
    }

    public Task DisposeAsync()
    {
        Manager.Dispose();
        _data.Dispose();
        return Task.CompletedTask;
    }
}
