using Psychoed.Core.Corpus;
using Psychoed.Core.Search;
using Psychoed.Core.Semantic;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Semantic;

/// <summary>Passage vectors built, stored, reused and searched with each index generation (with a fast stand-in model).</summary>
public sealed class HybridIndexTests : IAsyncLifetime
{
    private readonly TempFolder _data = new();
    private CorpusSnapshot _snapshot = null!;

    public async Task InitializeAsync() => _snapshot = await SmallCorpus.LoadAsync();

    public Task DisposeAsync()
    {
        _data.Dispose();
        return Task.CompletedTask;
    }

    private SearchIndexManager NewManager(ITextEncoder? encoder) => new(new SearchOptions { DataPath = _data.Path }, encoder);

    private string ServingFolder(SearchIndexManager manager) => Path.Combine(_data.Path, "index", manager.CurrentIndexId!);

    [Fact]
    public async Task Every_passage_is_embedded_once_when_the_index_is_built_and_the_vectors_are_stored_beside_it()
    {
        var encoder = new HashingTextEncoder();
        using var manager = NewManager(encoder);

        var built = await manager.OpenAsync(_snapshot);

        Assert.True(built.Semantic);
        Assert.Equal(built.Passages, built.Encoded);
        Assert.Equal(built.Passages, encoder.Encoded);
        Assert.True(File.Exists(PassageVectorFile.PathIn(ServingFolder(manager))));
    }

    [Fact]
    public async Task A_restart_on_unchanged_content_reads_the_vectors_instead_of_encoding_again()
    {
        using (var first = NewManager(new HashingTextEncoder()))
        {
            await first.OpenAsync(_snapshot);
        }

        var encoder = new HashingTextEncoder();
        using var second = NewManager(encoder);
        var reused = await second.OpenAsync(_snapshot);

        Assert.Equal(IndexBuildOutcome.Reused, reused.Outcome);
        Assert.True(reused.Semantic);
        Assert.Equal(0, encoder.Encoded);
    }

    [Fact]
    public async Task After_one_article_changes_only_its_passages_are_encoded()
    {
        var encoder = new HashingTextEncoder();
        using var manager = NewManager(encoder);
        var built = await manager.OpenAsync(_snapshot);
        var edited = _snapshot.Articles.Select(a => a.Id != "sleep-and-insomnia" ? a : a with
        {
            Sections = a.Sections.Select(s => s with { Paragraphs = s.Paragraphs.Select(p => p + " Edited.").ToList() }).ToList(),
        }).ToList();
        var sleepPassages = PassageChunker.Chunk(_snapshot.Articles.Single(a => a.Id == "sleep-and-insomnia"))
            .Count(p => p.Section.Length > 0);

        var rebuilt = await manager.RebuildAsync(SmallCorpus.Variant(_snapshot, "one-article-edited", edited));

        Assert.Equal(IndexBuildOutcome.Built, rebuilt.Outcome);
        Assert.InRange(rebuilt.Encoded, 1, sleepPassages);
        Assert.Equal(built.Passages + rebuilt.Encoded, encoder.Encoded);
    }

    [Fact]
    public async Task A_damaged_vector_file_makes_the_next_start_rebuild_the_index()
    {
        using (var first = NewManager(new HashingTextEncoder()))
        {
            await first.OpenAsync(_snapshot);
            var path = PassageVectorFile.PathIn(ServingFolder(first));
            var bytes = File.ReadAllBytes(path);
            bytes[^40] ^= 0x55;
            File.WriteAllBytes(path, bytes);
        }

        using var second = NewManager(new HashingTextEncoder());
        var result = await second.OpenAsync(_snapshot);

        Assert.Equal(IndexBuildOutcome.Built, result.Outcome);
        Assert.True(result.Semantic);
        Assert.NotNull(second.Search("trouble sleeping at night").Evidence.DenseSimilarity);
    }

    [Fact]
    public async Task Vectors_of_another_model_are_not_reused_and_the_index_is_rebuilt()
    {
        using (var first = NewManager(new HashingTextEncoder("model-one")))
        {
            await first.OpenAsync(_snapshot);
        }

        var other = new HashingTextEncoder("model-two");
        using var second = NewManager(other);
        var result = await second.OpenAsync(_snapshot);

        Assert.Equal(IndexBuildOutcome.Built, result.Outcome);
        Assert.Equal(result.Passages, other.Encoded);
    }

    [Fact]
    public async Task Without_an_encoder_the_search_is_bm25_only_and_still_answers()
    {
        using var manager = NewManager(encoder: null);
        var built = await manager.OpenAsync(_snapshot);

        var result = manager.Search("what is insomnia");

        Assert.False(built.Semantic);
        Assert.True(result.Answerable);
        Assert.Equal("sleep-and-insomnia", result.Best!.Passage.ArticleId);
        Assert.Null(result.Evidence.DenseSimilarity);
    }

    [Fact]
    public async Task An_encoder_that_fails_while_building_leaves_a_bm25_index_that_serves()
    {
        var encoder = new HashingTextEncoder { Fail = true };
        using var manager = NewManager(encoder);

        var built = await manager.OpenAsync(_snapshot);
        var result = manager.Search("what is insomnia");

        Assert.True(built.Succeeded, built.ToString());
        Assert.False(built.Semantic);
        Assert.True(result.Answerable);
        Assert.Null(result.Evidence.DenseSimilarity);
    }

    [Fact]
    public async Task An_encoder_that_fails_on_a_message_falls_back_to_bm25_for_that_search()
    {
        var encoder = new HashingTextEncoder();
        using var manager = NewManager(encoder);
        await manager.OpenAsync(_snapshot);
        encoder.Fail = true;

        var result = manager.Search("what is insomnia");

        Assert.True(result.Answerable);
        Assert.Equal("sleep-and-insomnia", result.Best!.Passage.ArticleId);
        Assert.Null(result.Evidence.DenseSimilarity);
    }

    [Fact]
    public async Task A_query_vector_from_the_caller_is_used_without_encoding_the_message_again()
    {
        var encoder = new HashingTextEncoder();
        using var manager = NewManager(encoder);
        await manager.OpenAsync(_snapshot);
        var vector = encoder.Encode("what is insomnia");
        var before = encoder.Encoded;

        var result = manager.Search("what is insomnia", vector);

        Assert.Equal(before, encoder.Encoded);
        Assert.True(result.Answerable);
        Assert.Equal("sleep-and-insomnia", result.Best!.Passage.ArticleId);
        Assert.NotNull(result.Evidence.DenseSimilarity);
        Assert.InRange(result.Evidence.DenseSimilarity!.Value, 0f, 1.0001f);
    }

    [Fact]
    public async Task The_search_encodes_the_message_itself_when_no_vector_is_passed()
    {
        var encoder = new HashingTextEncoder();
        using var manager = NewManager(encoder);
        await manager.OpenAsync(_snapshot);
        var before = encoder.Encoded;

        var result = manager.Search("what is insomnia");

        Assert.Equal(before + 1, encoder.Encoded);
        Assert.NotNull(result.Evidence.DenseSimilarity);
    }
}
