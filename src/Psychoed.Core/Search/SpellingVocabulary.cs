namespace Psychoed.Core.Search;

/// <summary>
/// The words of the indexed corpus (before stemming) with their counts, used to correct typos in the
/// domain vocabulary: an unknown word of five letters or more becomes the most frequent corpus word
/// within one edit (two for words of nine letters or more) that starts with the same letter.
/// </summary>
internal sealed class SpellingVocabulary
{
    private const int MinLength = 5;

    // Two edits reach too many real words under nine letters ("wearing" to "warning", "recipe" to "rewire").
    private const int TwoEditLength = 9;

    private readonly Dictionary<char, List<(string Word, int Count)>> _byFirstLetter = [];

    public SpellingVocabulary(IEnumerable<KeyValuePair<string, int>> words)
    {
        foreach (var (word, count) in words)
        {
            if (word.Length < MinLength)
            {
                continue;
            }

            if (!_byFirstLetter.TryGetValue(word[0], out var bucket))
            {
                bucket = [];
                _byFirstLetter[word[0]] = bucket;
            }

            bucket.Add((word, count));
        }

        foreach (var bucket in _byFirstLetter.Values)
        {
            bucket.Sort((a, b) => b.Count != a.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Word, b.Word));
        }
    }

    public int Count => _byFirstLetter.Values.Sum(b => b.Count);

    /// <summary>The closest corpus word to <paramref name="word"/> (lower case), or null when none is close.</summary>
    public string? Correct(string word)
    {
        if (word.Length < MinLength || !word.All(char.IsLetter) || !_byFirstLetter.TryGetValue(word[0], out var bucket))
        {
            return null;
        }

        var maxEdits = word.Length >= TwoEditLength ? 2 : 1;
        string? best = null;
        var bestDistance = maxEdits + 1;
        foreach (var (candidate, _) in bucket)
        {
            if (Math.Abs(candidate.Length - word.Length) >= bestDistance)
            {
                continue;
            }

            var distance = EditDistance(word, candidate, bestDistance - 1);
            if (distance == 0)
            {
                return null;
            }

            // The bucket is sorted by frequency, so the first word at the smallest distance wins.
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Optimal-string-alignment distance (a swap of two letters is one edit), or more than <paramref name="max"/>.</summary>
    internal static int EditDistance(string a, string b, int max)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + substitution);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
