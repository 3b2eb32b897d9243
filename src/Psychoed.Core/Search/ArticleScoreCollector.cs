using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Psychoed.Core.Search;

/// <summary>Records the score of every matching whole-article document under its article ordinal.</summary>
internal sealed class ArticleScoreCollector(int[] docArticle, float[] scores) : ICollector
{
    private Scorer? _scorer;
    private int _docBase;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc)
    {
        var article = docArticle[_docBase + doc];
        if (article >= 0)
        {
            scores[article] = _scorer!.GetScore();
        }
    }
}
