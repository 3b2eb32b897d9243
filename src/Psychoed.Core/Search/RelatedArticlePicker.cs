namespace Psychoed.Core.Search;

/// <summary>
/// Suggests 2-3 other articles next to an answer: first the next articles in the ranking that scored
/// reasonably, then articles sharing the best article's topics (main topic first, then the others). Never the best
/// passage's own article, never one article twice.
/// </summary>
internal static class RelatedArticlePicker
{
    private const int Max = 3;
    private const float MinRelativeScore = 0.35f;

    public static IReadOnlyList<RelatedArticle> Pick(
        IReadOnlyList<PassageHit> hits, IReadOnlyDictionary<string, IReadOnlyList<IndexInfo.IndexedArticle>> articlesByTopic)
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

        // Then articles sharing the best article's topics, main topic first (per-topic lists, id order).
        foreach (var topic in best.Passage.Topics)
        {
            if (!articlesByTopic.TryGetValue(topic, out var sharing))
            {
                continue;
            }

            foreach (var article in sharing)
            {
                if (related.Count == Max)
                {
                    return related;
                }

                if (seen.Add(article.Id))
                {
                    related.Add(new RelatedArticle(article.Id, article.Title, article.Topics));
                }
            }
        }

        return related;
    }
}
