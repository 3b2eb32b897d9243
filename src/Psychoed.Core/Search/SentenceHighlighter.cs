namespace Psychoed.Core.Search;

/// <summary>
/// Picks the 1-3 sentences of a passage that best answer the question: each sentence scores the IDF
/// weight of the question's concepts it contains; the best one is kept, with up to two more that score
/// at least half as much, in reading order.
/// </summary>
internal static class SentenceHighlighter
{
    private const int MaxSentences = 3;

    public static string Highlight(AnalyzedSentences analyzed, QueryPlan plan)
    {
        var sentences = analyzed.Sentences;
        if (sentences.Count <= 1)
        {
            return sentences.FirstOrDefault() ?? "";
        }

        var scores = analyzed.Terms.Select(terms => Score(terms, plan)).ToList();
        var best = scores.Max();
        if (best <= 0)
        {
            return string.Join(" ", sentences.Take(2));
        }

        var chosen = scores
            .Select((score, index) => (score, index))
            .Where(x => x.score >= best / 2)
            .OrderByDescending(x => x.score)
            .ThenBy(x => x.index)
            .Take(MaxSentences)
            .Select(x => x.index)
            .Order();
        return string.Join(" ", chosen.Select(i => sentences[i]));
    }

    private static float Score(IReadOnlySet<string> terms, QueryPlan plan)
    {
        var score = 0f;
        foreach (var concept in plan.Concepts)
        {
            if (concept.AllTerms.Any(terms.Contains))
            {
                score += concept.Weight;
            }
        }

        return score;
    }
}
