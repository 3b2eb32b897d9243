namespace Psychoed.Core.Search;

/// <summary>
/// Picks the 1-3 sentences of a passage that best answer the question: each sentence scores the IDF
/// weight of the question's concepts it contains; the best one is kept, with up to two more that score
/// at least half as much, in reading order.
/// </summary>
internal static class SentenceHighlighter
{
    private const int MaxSentences = 3;

    public static string Highlight(string passageText, QueryPlan plan, PsychoedAnalyzer analyzer)
    {
        var sentences = passageText.Split('\n').SelectMany(SentenceSplitter.Split).ToList();
        if (sentences.Count <= 1)
        {
            return sentences.FirstOrDefault() ?? "";
        }

        var scores = sentences.Select(s => Score(s, plan, analyzer)).ToList();
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

    private static float Score(string sentence, QueryPlan plan, PsychoedAnalyzer analyzer)
    {
        var terms = analyzer.Terms(sentence).ToHashSet(StringComparer.Ordinal);
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
