using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Psychoed.Core.Corpus;
using Psychoed.Core.Semantic;

namespace Psychoed.Core.Search;

/// <summary>Writes the passage index of a corpus snapshot into a folder.</summary>
internal static partial class IndexBuilder
{
    private static readonly FieldType StoredText = Frozen(new FieldType(TextField.TYPE_STORED));
    private static readonly FieldType ArticleText = Frozen(new FieldType(TextField.TYPE_NOT_STORED));

    // One untokenized token per value, with frequencies: the main topic's key is added several times.
    private static readonly FieldType TopicKey = Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = false,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_AND_FREQS,
    });

    // Titles and headings are short labels: their length says nothing about relevance, and with norms
    // "Social anxiety" would outrank "Anxiety and generalized anxiety disorder" for "anxiety".
    private static readonly FieldType StoredLabel = Frozen(new FieldType(TextField.TYPE_STORED) { OmitNorms = true });

    /// <summary>The folder name for a snapshot: changes with the content and with the index schema.</summary>
    public static string KeyFor(CorpusSnapshot snapshot, SearchOptions options)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{IndexInfo.CurrentSchema}|{options.Stemmer}|{options.MainTopicRepeat}|{snapshot.ContentHash}"));
        return Convert.ToHexStringLower(bytes)[..16];
    }

    /// <summary>Indexes the published articles of <paramref name="snapshot"/> into <paramref name="folder"/>.</summary>
    /// <exception cref="InvalidOperationException">The snapshot has no published article.</exception>
    /// <param name="embedder">Embeds the passages into the generation's vector file; null builds BM25 only.</param>
    public static IndexInfo Build(CorpusSnapshot snapshot, string folder, SearchOptions options, CancellationToken ct, PassageEmbedder? embedder = null)
    {
        var articles = snapshot.Published.ToList();
        if (articles.Count == 0)
        {
            throw new InvalidOperationException("the corpus has no published article to index");
        }

        System.IO.Directory.CreateDirectory(folder);
        using var analyzer = PsychoedAnalyzer.Create(snapshot, options.Stemmer);
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var passageCount = 0;
        var docCount = 0;
        using (var directory = FSDirectory.Open(folder))
        {
            var config = new IndexWriterConfig(PsychoedAnalyzer.Version, analyzer)
            {
                OpenMode = OpenMode.CREATE,
                Similarity = new BM25Similarity(options.K1, options.B),
                RAMBufferSizeMB = 64,

                // Merges neighbouring segments only, so a document's number is the order it was added
                // in: the passage vectors are stored by document number.
                MergePolicy = new LogByteSizeMergePolicy(),
            };
            using var writer = new IndexWriter(directory, config);
            foreach (var article in articles)
            {
                ct.ThrowIfCancellationRequested();
                var topicText = string.Join(". ", article.Topics
                    .SelectMany((t, i) => Enumerable.Repeat(TopicText(t, snapshot.Topics), i == 0 ? Math.Max(1, options.MainTopicRepeat) : 1)));
                var topicKeys = article.Topics
                    .SelectMany((t, i) => Enumerable.Repeat(TopicKeys.For(t), i == 0 ? Math.Max(1, options.MainTopicRepeat) : 1))
                    .ToList();
                foreach (var passage in PassageChunker.Chunk(article))
                {
                    writer.AddDocument(ToDocument(passage, topicKeys));
                    embedder?.Add(docCount, passage);
                    docCount++;
                    passageCount++;
                }

                writer.AddDocument(ArticleDocument(article, topicText, topicKeys));
                docCount++;

                CountWords(words, article.Title);
            }

            // One segment: searches seek each term once instead of once per segment.
            writer.ForceMerge(1);
            writer.Commit();
        }

        // Spelling corrections only aim at the domain vocabulary (titles, topics, synonyms): correcting
        // everyday words ("wife" to "wise", "curry" to "carry") does more harm than good, so headings and
        // summaries, full of everyday words, are left out.
        foreach (var term in snapshot.Topics.SelectMany(t => t.Aliases.Append(t.Label).Append(t.Description))
                     .Concat(snapshot.Synonyms.SelectMany(g => g.Terms.Concat(g.Target ?? []))))
        {
            CountWords(words, term);
        }

        if (embedder is not null)
        {
            PassageVectorFile.Write(folder, embedder.Embed(docCount, ct));
        }

        var info = new IndexInfo
        {
            Key = KeyFor(snapshot, options),
            ContentHash = snapshot.ContentHash,
            Stemmer = options.Stemmer,
            BuiltAt = DateTimeOffset.UtcNow,
            PassageCount = passageCount,
            Articles = articles.Select(a => new IndexInfo.IndexedArticle(a.Id, a.Title, a.Topics)).ToList(),
            Synonyms = snapshot.Synonyms,
            Topics = snapshot.Topics,
            Words = words,
        };
        info.Write(folder);
        return info;
    }

    /// <summary>Rebuilds a passage from its stored fields.</summary>
    public static Passage ToPassage(Document document) => new(
        document.Get(PassageFields.Id),
        document.Get(PassageFields.ArticleId),
        document.Get(PassageFields.Title),
        document.Get(PassageFields.Section) ?? "",
        document.GetValues(PassageFields.TopicIds),
        document.GetField(PassageFields.Position)?.GetInt32Value() ?? 0,
        document.Get(PassageFields.Referral) ?? "therapist",
        document.Get(PassageFields.Body),
        document.Get(PassageFields.Url));

    private static Document ToDocument(Passage passage, IReadOnlyList<string> topicKeys)
    {
        var document = new Document
        {
            new StringField(PassageFields.Id, passage.Id, Field.Store.YES),
            new StringField(PassageFields.ArticleId, passage.ArticleId, Field.Store.YES),
            new SortedDocValuesField(PassageFields.ArticleId, new BytesRef(passage.ArticleId)),
            new Field(PassageFields.Title, passage.ArticleTitle, StoredLabel),
            new Field(PassageFields.Section, passage.Section, StoredLabel),
            new Field(PassageFields.Body, passage.Text, StoredText),
            new StoredField(PassageFields.Position, passage.Position),
            new StoredField(PassageFields.Referral, passage.Referral),
        };
        foreach (var topic in passage.Topics)
        {
            document.Add(new StoredField(PassageFields.TopicIds, topic));
        }

        foreach (var key in topicKeys)
        {
            document.Add(new Field(PassageFields.TopicKeys, key, TopicKey));
        }

        if (!string.IsNullOrEmpty(passage.Url))
        {
            document.Add(new StoredField(PassageFields.Url, passage.Url));
        }

        return document;
    }

    // One document per article with its whole text (title, summary, headings, paragraphs, topics): the
    // article-level evidence a passage's score is combined with. It has none of the passage fields, so
    // passage queries never match it.
    private static Document ArticleDocument(Article article, string topicText, IReadOnlyList<string> topicKeys)
    {
        var text = string.Join(
            "\n",
            article.Sections.SelectMany(s => s.Paragraphs.Prepend(s.Heading))
                .Prepend(string.Join("\n", article.Lead))
                .Prepend(article.Summary)
                .Prepend(article.Title)
                .Append(topicText));
        var document = new Document
        {
            new StringField(PassageFields.Kind, PassageFields.ArticleKind, Field.Store.NO),
            new SortedDocValuesField(PassageFields.ArticleId, new BytesRef(article.Id)),
            new Field(PassageFields.Article, text, ArticleText),
        };
        foreach (var key in topicKeys)
        {
            document.Add(new Field(PassageFields.ArticleTopicKeys, key, TopicKey));
        }

        return document;
    }

    private static string TopicText(string topicId, IReadOnlyList<Topic> topics)
    {
        var topic = topics.FirstOrDefault(t => t.Id == topicId);
        return topic is null ? topicId.Replace('-', ' ') : $"{topic.Id.Replace('-', ' ')}. {topic.Label}";
    }

    private static void CountWords(Dictionary<string, int> words, string text)
    {
        foreach (Match match in Word().Matches(text))
        {
            var word = match.Value.ToLowerInvariant();
            words[word] = words.GetValueOrDefault(word) + 1;
        }
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    [GeneratedRegex(@"\p{L}{4,}")]
    private static partial Regex Word();
}
