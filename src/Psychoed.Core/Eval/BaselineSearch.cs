using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Psychoed.Core.Corpus;

namespace Psychoed.Core.Eval;

/// <summary>
/// The comparison point for the evaluation: a plain Lucene <see cref="StandardAnalyzer"/> with BM25 over
/// whole articles (title, summary and body in one field), in memory, queried with every analysed word.
/// </summary>
internal sealed class BaselineSearch : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string Content = "content";
    private const string Id = "id";

    private readonly RAMDirectory _directory = new();
    private readonly StandardAnalyzer _analyzer = new(Version);
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public BaselineSearch(IEnumerable<Article> articles)
    {
        var config = new IndexWriterConfig(Version, _analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var article in articles)
            {
                var body = string.Join("\n", article.Lead.Concat(article.Sections.SelectMany(s => s.Paragraphs.Prepend(s.Heading))));
                writer.AddDocument(new Document
                {
                    new StringField(Id, article.Id, Field.Store.YES),
                    new TextField(Content, $"{article.Title}\n{article.Summary}\n{body}", Field.Store.NO),
                });
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    /// <summary>Article ids ranked for <paramref name="text"/>, and the best score (0 when nothing matched).</summary>
    public (IReadOnlyList<string> Articles, float TopScore) Search(string text, int count = 10)
    {
        var query = new BooleanQuery();
        foreach (var term in Terms(text).Distinct().Take(BooleanQuery.MaxClauseCount))
        {
            query.Add(new TermQuery(new Term(Content, term)), Occur.SHOULD);
        }

        if (query.Clauses.Count == 0)
        {
            return ([], 0);
        }

        var top = _searcher.Search(query, count);
        var ids = top.ScoreDocs.Select(d => _searcher.Doc(d.Doc).Get(Id)).ToList();
        return (ids, top.ScoreDocs.Length > 0 ? top.ScoreDocs[0].Score : 0);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }

    private List<string> Terms(string text)
    {
        var terms = new List<string>();
        using TokenStream stream = _analyzer.GetTokenStream(Content, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
