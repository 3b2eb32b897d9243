namespace Psychoed.Core.Search;

/// <summary>
/// Suggests 2-3 other articles next to an answer: first the next articles in the ranking that scored
/// reasonably, then articles sharing the best article's topics (main topic first). Never the best
/// passage's own article, never one article twice.
/// </summary>
internal static class RelatedArticlePicker
{
    private const int Max = 3;
    private const float MinRelativeScore = 0.35f;

    public static IReadOnlyList<RelatedArticle> Pick(
        IReadOnlyList<PassageHit> hits, IReadOnlyDictionary<string, IndexInfo.IndexedArticle> articles)
    {
        if (hits.Count == 0)
        {
            return [];
        }

        var best = hits[0];
        var seen = new HashSet<string>(StringComparer.Ordinal) { best.Passage.ArticleId };
        var related = new List<RelatedArticle>();
        foreach (var hit in hits.Skip(1))
        {
            if (related.Count == Max || hit.Score < best.Score * MinRelativeScore)
            {
                break;
            }

            if (seen.Add(hit.Passage.ArticleId))
            {
                related.Add(new RelatedArticle(hit.Passage.ArticleId, hit.Passage.ArticleTitle, hit.Passage.Topics));
            }
        }

        var topics = best.Passage.Topics;
        var mainTopic = topics.FirstOrDefault();
        var sharing = articles.Values
            .Where(a => !seen.Contains(a.Id))
            .Select(a => (Article: a, Shared: a.Topics.Count(topics.Contains), SameMain: a.Topics.FirstOrDefault() == mainTopic))
            .Where(x => x.Shared > 0)
            .OrderByDescending(x => x.SameMain)
            .ThenByDescending(x => x.Shared)
            .ThenBy(x => x.Article.Id, StringComparer.Ordinal);
        foreach (var (article, _, _) in sharing)
        {
            if (related.Count == Max)
            {
                break;
            }

            seen.Add(article.Id);
            related.Add(new RelatedArticle(article.Id, article.Title, article.Topics));
        }

        return related;
    }
}
