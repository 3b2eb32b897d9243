using System.Text.RegularExpressions;
using Psychoed.Core.Corpus;

namespace Psychoed.Core.Import;

/// <summary>
/// Guesses an imported page's topics from the topic list: each topic's label and aliases are
/// counted as whole words (label and aliases) in the title (worth more) and the body. Guesses for a person to check.
/// </summary>
public static class TopicGuesser
{
    private const int TitleWeight = 3;
    private const int MinScore = 2;

    /// <summary>Up to <paramref name="max"/> topic ids, best first; empty when nothing matches well enough.</summary>
    public static IReadOnlyList<string> Guess(string title, string body, IReadOnlyList<Topic> topics, int max = 3)
    {
        var scores = new List<(string Id, int Score)>();
        foreach (var topic in topics)
        {
            // The label and aliases only: an id such as "about" is a common word, not a topic signal.
            var terms = topic.Aliases.Append(topic.Label)
                .Select(t => t.Trim().ToLowerInvariant())
                .Where(t => t.Length >= 3)
                .Distinct()
                .ToList();
            var score = terms.Sum(t => (Count(title, t) * TitleWeight) + Count(body, t));
            if (score >= MinScore)
            {
                scores.Add((topic.Id, score));
            }
        }

        return scores.OrderByDescending(s => s.Score).ThenBy(s => s.Id, StringComparer.Ordinal).Take(max).Select(s => s.Id).ToList();
    }

    private static int Count(string text, string term)
    {
        var pattern = $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(term).Replace(@"\ ", @"[\s-]+", StringComparison.Ordinal)}(?![\p{{L}}\p{{N}}])";
        return Regex.Matches(text, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)).Count;
    }
}
