using Lucene.Net.Index;
using Lucene.Net.Store;
using Psychoed.Core.Semantic;

namespace Psychoed.Core.Search;

/// <summary>
/// One built index folder, open for reading, shared by the searches in flight through a reference
/// count. The manager holds one reference while the generation is current; each search holds one
/// while it runs. The last release closes the reader and, once the generation is retired, deletes
/// the folder.
/// </summary>
internal sealed class IndexGeneration
{
    private readonly FSDirectory _directory;
    private readonly Passage?[] _passages;
    private readonly AnalyzedSentences?[] _sentences;
    private int _references = 1;
    private volatile bool _deleteWhenReleased;

    private IndexGeneration(string folder, FSDirectory directory, DirectoryReader reader, IndexInfo info)
    {
        Folder = folder;
        _directory = directory;
        Reader = reader;
        Info = info;
        Analyzer = PsychoedAnalyzer.Create(info.Synonyms, info.Topics, info.Stemmer);
        Vocabulary = new SpellingVocabulary(info.Words);
        Articles = info.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        ArticlesByTopic = info.Articles
            .SelectMany(a => a.Topics.Select(t => (Topic: t, Article: a)))
            .GroupBy(x => x.Topic, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<IndexInfo.IndexedArticle>)g.Select(x => x.Article).OrderBy(a => a.Id, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        DocArticle = ReadArticleOrdinals(reader, out var articleCount);
        _passages = new Passage?[reader.MaxDoc];
        _sentences = new AnalyzedSentences?[reader.MaxDoc];
        ArticleCount = articleCount;
        ArticleDoc = ReadArticleDocuments(reader, DocArticle, articleCount);
        ArticlePassages = GroupPassages(DocArticle, ArticleDoc, articleCount);
    }

    public string Folder { get; }

    public string Key => Info.Key;

    public DirectoryReader Reader { get; }

    public IndexInfo Info { get; }

    public PsychoedAnalyzer Analyzer { get; }

    public SpellingVocabulary Vocabulary { get; }

    public IReadOnlyDictionary<string, IndexInfo.IndexedArticle> Articles { get; }

    /// <summary>The articles of each topic, in id order, for related suggestions.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<IndexInfo.IndexedArticle>> ArticlesByTopic { get; }

    /// <summary>For each document, an ordinal shared by the passages of one article (-1 when none).</summary>
    public int[] DocArticle { get; }

    /// <summary>How many distinct article ordinals <see cref="DocArticle"/> holds.</summary>
    public int ArticleCount { get; }

    /// <summary>For each article ordinal, its whole-article document (-1 when none).</summary>
    public int[] ArticleDoc { get; }

    /// <summary>For each article ordinal, its passage documents in ascending order.</summary>
    public int[][] ArticlePassages { get; }

    /// <summary>The searcher with the manager's options, set once by the manager.</summary>
    public PassageSearcher? Searcher { get; set; }

    /// <summary>
    /// The passage stored for a document, read once per generation: answers keep coming back to the same
    /// passages, and reading stored fields means decompressing a block each time.
    /// </summary>
    public Passage LoadPassage(int doc)
    {
        // A race loads the same passage twice; either copy is right.
        return Volatile.Read(ref _passages[doc]) ?? (_passages[doc] = IndexBuilder.ToPassage(Reader.Document(doc)));
    }

    /// <summary>The sentences of a passage with their terms, analysed once per generation for highlighting.</summary>
    public AnalyzedSentences LoadSentences(int doc) =>
        Volatile.Read(ref _sentences[doc]) ?? (_sentences[doc] = AnalyzedSentences.Of(LoadPassage(doc).Text, Analyzer));

    /// <summary>True once every reference is released and the reader is closed.</summary>
    public bool IsClosed => Volatile.Read(ref _references) <= 0;

    /// <summary>The passage embeddings for dense search, or null when the generation is searched with BM25 only.</summary>
    public PassageVectors? Vectors { get; private set; }

    /// <summary>
    /// Opens a complete index folder (one with its info file). With an encoder, the folder's passage
    /// vectors must have been made by that model and match the index, else it throws
    /// <see cref="InvalidDataException"/> and the folder is rebuilt.
    /// </summary>
    public static IndexGeneration Open(string folder, ITextEncoder? encoder = null)
    {
        var info = IndexInfo.Read(folder);
        if (info.Schema != IndexInfo.CurrentSchema)
        {
            throw new InvalidDataException($"index schema {info.Schema} is not the current {IndexInfo.CurrentSchema}");
        }

        var directory = FSDirectory.Open(folder);
        IndexGeneration generation;
        try
        {
            generation = new IndexGeneration(folder, directory, DirectoryReader.Open(directory), info);
        }
        catch
        {
            directory.Dispose();
            throw;
        }

        try
        {
            generation.Vectors = encoder is null ? null : generation.ReadVectors(encoder);
            return generation;
        }
        catch
        {
            // Closes the reader and the directory; the folder stays for the rebuild to replace.
            generation.Release();
            throw;
        }
    }

    private PassageVectors ReadVectors(ITextEncoder encoder)
    {
        var vectors = PassageVectorFile.Read(Folder, encoder.ModelId, encoder.Dimensions, Reader.MaxDoc);
        if (vectors.Count != Info.PassageCount)
        {
            throw new InvalidDataException($"{PassageVectorFile.FileName} has {vectors.Count} vectors for {Info.PassageCount} passages");
        }

        foreach (var doc in vectors.Docs)
        {
            var article = DocArticle[doc];
            if (article < 0 || ArticleDoc[article] == doc)
            {
                throw new InvalidDataException($"{PassageVectorFile.FileName} gives a vector to document {doc}, which is not a passage");
            }
        }

        return vectors;
    }

    /// <summary>Takes a reference unless the generation is already closed.</summary>
    public bool TryAcquire()
    {
        while (true)
        {
            var current = Volatile.Read(ref _references);
            if (current <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _references, current + 1, current) == current)
            {
                return true;
            }
        }
    }

    /// <summary>Gives a reference back; the last one closes the generation.</summary>
    public void Release()
    {
        var remaining = Interlocked.Decrement(ref _references);
        if (remaining == 0)
        {
            Close();
        }
        else if (remaining < 0)
        {
            throw new InvalidOperationException("index generation released more often than acquired");
        }
    }

    /// <summary>Marks the folder for deletion when the last reference goes.</summary>
    public void Retire() => _deleteWhenReleased = true;

    private static int[] ReadArticleOrdinals(DirectoryReader reader, out int count)
    {
        var ordinals = new int[reader.MaxDoc];
        var values = MultiDocValues.GetSortedValues(reader, PassageFields.ArticleId);
        count = values?.ValueCount ?? 0;
        for (var doc = 0; doc < ordinals.Length; doc++)
        {
            ordinals[doc] = values?.GetOrd(doc) ?? -1;
        }

        return ordinals;
    }

    private static int[] ReadArticleDocuments(DirectoryReader reader, int[] ordinals, int count)
    {
        var documents = new int[count];
        Array.Fill(documents, -1);
        foreach (var leaf in reader.Leaves)
        {
            var docs = leaf.AtomicReader.GetTermDocsEnum(new Term(PassageFields.Kind, PassageFields.ArticleKind));
            if (docs is null)
            {
                continue;
            }

            for (var doc = docs.NextDoc(); doc != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                var ordinal = ordinals[leaf.DocBase + doc];
                if (ordinal >= 0)
                {
                    documents[ordinal] = leaf.DocBase + doc;
                }
            }
        }

        return documents;
    }

    private static int[][] GroupPassages(int[] ordinals, int[] articleDocs, int count)
    {
        var passages = new List<int>[count];
        for (var doc = 0; doc < ordinals.Length; doc++)
        {
            var ordinal = ordinals[doc];
            if (ordinal >= 0 && articleDocs[ordinal] != doc)
            {
                (passages[ordinal] ??= []).Add(doc);
            }
        }

        return passages.Select(p => p?.ToArray() ?? []).ToArray();
    }

    private void Close()
    {
        Reader.Dispose();
        _directory.Dispose();
        Analyzer.Dispose();
        if (_deleteWhenReleased)
        {
            IndexFolders.TryDelete(Folder);
        }
    }
}
