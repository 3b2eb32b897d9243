using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Psychoed.Core.Corpus;
using Psychoed.Core.Semantic;

namespace Psychoed.Core.Search;

/// <summary>
/// Owns the passage index on disk under <c>{data}/index</c> and serves searches from it. Each build goes
/// into a new folder named by the corpus content; a pointer file names the one serving. A rebuild
/// happens beside the serving index and is swapped in with one reference exchange: searches in flight
/// finish on the generation they started with, which closes (and is deleted) when the last one
/// releases it. A failed build leaves the serving index untouched.
/// </summary>
public sealed class SearchIndexManager : IPassageSearch, IDisposable
{
    // Passages per call into the encoder while building: a cancellation point between calls.
    private const int EmbedBatch = 64;

    private readonly SearchOptions _options;
    private readonly ITextEncoder? _encoder;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _buildLock = new(1, 1);
    private IndexGeneration? _current;
    private volatile bool _disposed;
    private int _lastEncoded;

    /// <summary>A manager for the index under <see cref="SearchOptions.IndexPath"/>; call <see cref="OpenAsync"/> next.</summary>
    /// <param name="options">Search tuning and the data folder.</param>
    /// <param name="encoder">The sentence-embedding model: with it, passages are embedded at build and searches are hybrid (BM25 and dense); without it, BM25 only.</param>
    /// <param name="logger">Where a failing encoder is reported.</param>
    public SearchIndexManager(SearchOptions options, ITextEncoder? encoder = null, ILogger<SearchIndexManager>? logger = null)
    {
        _options = options.Clone();
        _encoder = encoder;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        IndexRoot = Path.GetFullPath(_options.IndexPath);
    }

    /// <summary>The folder holding the index builds and the pointer file.</summary>
    public string IndexRoot { get; }

    /// <inheritdoc />
    public bool IsReady => Volatile.Read(ref _current) is not null;

    /// <summary>The key (folder name) of the index serving now, or null.</summary>
    public string? CurrentIndexId => Volatile.Read(ref _current)?.Key;

    /// <summary>
    /// Starts serving <paramref name="snapshot"/>: opens the index on disk when it was built from the same
    /// content, otherwise builds it. Leftover folders of earlier builds are deleted.
    /// </summary>
    public async Task<IndexBuildResult> OpenAsync(CorpusSnapshot snapshot, CancellationToken ct = default)
    {
        var watch = Stopwatch.StartNew();
        await _buildLock.WaitAsync(ct);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var key = IndexBuilder.KeyFor(snapshot, _options);
            if (CurrentIndexId == key)
            {
                return Describe(IndexBuildOutcome.Unchanged, watch);
            }

            var starting = !IsReady;
            var folder = Path.Combine(IndexRoot, key);
            if (IndexFolders.ReadPointer(IndexRoot) == key && File.Exists(Path.Combine(folder, IndexInfo.FileName)))
            {
                try
                {
                    Swap(IndexGeneration.Open(folder, _encoder));
                    IndexFolders.DeleteAllBut(IndexRoot, [key]);
                    return Describe(IndexBuildOutcome.Reused, watch);
                }
                catch (Exception e) when (e is IOException or InvalidDataException or System.Text.Json.JsonException or Lucene.Net.Index.CorruptIndexException)
                {
                    // A damaged folder (or vectors of another model) is rebuilt below.
                    _logger.LogWarning("Index {Key} could not be reused and is rebuilt: {Reason}", key, e.Message);
                }
            }

            var result = await BuildAndSwapAsync(snapshot, key, watch, ct);
            if (starting && result.Succeeded && Volatile.Read(ref _current) is { } serving)
            {
                IndexFolders.DeleteAllBut(IndexRoot, [Path.GetFileName(serving.Folder)]);
            }

            return result;
        }
        finally
        {
            _buildLock.Release();
        }
    }

    /// <summary>
    /// Rebuilds the index for <paramref name="snapshot"/> while serving and swaps it in. Returns
    /// <see cref="IndexBuildOutcome.Unchanged"/> when the serving index already matches, and
    /// <see cref="IndexBuildOutcome.Failed"/> with the reason when the build fails (the old index keeps serving).
    /// </summary>
    public async Task<IndexBuildResult> RebuildAsync(CorpusSnapshot snapshot, CancellationToken ct = default)
    {
        var watch = Stopwatch.StartNew();
        await _buildLock.WaitAsync(ct);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var key = IndexBuilder.KeyFor(snapshot, _options);
            return CurrentIndexId == key
                ? Describe(IndexBuildOutcome.Unchanged, watch)
                : await BuildAndSwapAsync(snapshot, key, watch, ct);
        }
        finally
        {
            _buildLock.Release();
        }
    }

    /// <inheritdoc />
    public SearchResult Search(string text) => Search(text, null);

    /// <inheritdoc />
    public SearchResult Search(string text, float[]? queryVector) => Use(
        searcher => searcher.Search(text, queryVector),
        SearchResult.NotCovered(text ?? "", "the search index is not ready"),
        e => SearchResult.NotCovered(text ?? "", $"search error: {e.GetType().Name}"));

    /// <inheritdoc />
    public Passage? GetPassage(string passageId) => Use(searcher => searcher.GetPassage(passageId), null, _ => null);

    /// <inheritdoc />
    public Passage? NextPassage(string passageId) => Use(searcher => searcher.NextPassage(passageId), null, _ => null);

    /// <summary>Releases the serving index; searches still running finish first. The index stays on disk.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        // The build lock is not disposed: a build still running releases it when it ends.
        _disposed = true;
        Interlocked.Exchange(ref _current, null)?.Release();
    }

    /// <summary>Takes a reference on the serving generation; release it in a finally. Null when none serves.</summary>
    internal IndexGeneration? Acquire()
    {
        while (true)
        {
            var generation = Volatile.Read(ref _current);
            if (generation is null)
            {
                return null;
            }

            if (generation.TryAcquire())
            {
                return generation;
            }

            // Swapped out and closed between the read and the acquire: read the new one.
        }
    }

    // Anything thrown while serving a person's message becomes a plain fallback, never an exception.
    private T Use<T>(Func<PassageSearcher, T> action, T notReady, Func<Exception, T> onError)
    {
        var generation = Acquire();
        if (generation is null)
        {
            return notReady;
        }

        try
        {
            return action(generation.Searcher!);
        }
        catch (Exception e)
        {
            return onError(e);
        }
        finally
        {
            generation.Release();
        }
    }

    private async Task<IndexBuildResult> BuildAndSwapAsync(CorpusSnapshot snapshot, string key, Stopwatch watch, CancellationToken ct)
    {
        Directory.CreateDirectory(IndexRoot);
        var building = Path.Combine(IndexRoot, $"{key}{IndexFolders.BuildingMarker}{Guid.NewGuid():N}");
        var folder = Path.Combine(IndexRoot, key);
        IndexGeneration? generation = null;
        try
        {
            _lastEncoded = 0;
            await Task.Run(() => Build(snapshot, building, ct), ct);
            if (!IsReady)
            {
                // Nothing serves yet, so nothing can be reading a leftover folder of this key.
                IndexFolders.TryDelete(folder);
            }

            // Content that comes back (A, B, then A again) may find A's folder still read by searches of
            // the retired A generation, which deletes it when released: build under a name of its own
            // then, rather than taking the folder over. A later start reuses or rebuilds by key.
            var target = Directory.Exists(folder) ? Path.Combine(IndexRoot, $"{key}.{Guid.NewGuid():N}") : folder;
            Directory.Move(building, target);
            generation = IndexGeneration.Open(target, HasVectors(target) ? _encoder : null);
            generation.Searcher = new PassageSearcher(generation, _options, _encoder);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            generation?.Release();
            IndexFolders.TryDelete(building);
            return Describe(IndexBuildOutcome.Failed, watch, $"{e.GetType().Name}: {e.Message}");
        }
        catch
        {
            IndexFolders.TryDelete(building);
            throw;
        }

        Swap(generation);
        IndexFolders.WritePointer(IndexRoot, key);
        return Describe(IndexBuildOutcome.Built, watch);
    }

    private void Swap(IndexGeneration next)
    {
        if (_disposed)
        {
            next.Release();
            return;
        }

        next.Searcher ??= new PassageSearcher(next, _options, _encoder);
        var previous = Interlocked.Exchange(ref _current, next);
        if (previous is not null && !ReferenceEquals(previous, next))
        {
            previous.Retire();
            previous.Release();
        }
    }

    private IndexBuildResult Describe(IndexBuildOutcome outcome, Stopwatch watch, string? error = null)
    {
        var generation = Volatile.Read(ref _current);
        return new IndexBuildResult(
            outcome,
            generation?.Key,
            generation?.Info.Articles.Count ?? 0,
            generation?.Info.PassageCount ?? 0,
            watch.Elapsed,
            error,
            outcome == IndexBuildOutcome.Built ? _lastEncoded : 0,
            generation?.Vectors is not null);
    }

    // Embeds the passages when an encoder is there; an encoder that fails leaves a BM25-only build,
    // so content is still served.
    private void Build(CorpusSnapshot snapshot, string folder, CancellationToken ct)
    {
        if (_encoder is null)
        {
            IndexBuilder.Build(snapshot, folder, _options, ct);
            return;
        }

        var embedder = new PassageEmbedder(_encoder, PreviousVectors(), EmbedBatch);
        try
        {
            IndexBuilder.Build(snapshot, folder, _options, ct, embedder);
            _lastEncoded = embedder.Encoded;
        }
        catch (EncoderFailedException e)
        {
            _logger.LogWarning(e, "The embedding model failed; the index is built for BM25 search only");
            IndexFolders.TryDelete(folder);
            IndexBuilder.Build(snapshot, folder, _options, ct);
        }
    }

    private static bool HasVectors(string folder) => File.Exists(PassageVectorFile.PathIn(folder));

    // The vectors of the generation serving now, or at start the one the pointer names: unchanged
    // passages take their vectors from there instead of being encoded again.
    private PassageVectors? PreviousVectors()
    {
        if (Volatile.Read(ref _current)?.Vectors is { } serving)
        {
            return serving;
        }

        var key = IndexFolders.ReadPointer(IndexRoot);
        if (key is null || _encoder is null || !HasVectors(Path.Combine(IndexRoot, key)))
        {
            return null;
        }

        try
        {
            return PassageVectorFile.Read(Path.Combine(IndexRoot, key), _encoder.ModelId, _encoder.Dimensions, maxDoc: -1);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            _logger.LogInformation("Earlier passage vectors not reused: {Reason}", e.Message);
            return null;
        }
    }
}
