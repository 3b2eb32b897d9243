using System.Text;

namespace Psychoed.Cli.Reports;

/// <summary>
/// Groups unanswered questions by similarity so staff see what to write next: each question is
/// reduced to a set of content words (lowercase, stop words dropped, light suffix stripping), and a
/// question joins the first group whose words overlap enough (Jaccard index).
/// </summary>
internal static class QuestionGrouper
{
    /// <summary>Two questions whose word sets overlap at least this much are "the same question".</summary>
    public const double SimilarityThreshold = 0.5;

    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "the", "i", "im", "ive", "me", "my", "mine", "you", "your", "we", "our", "is", "are", "was", "were", "be",
        "been", "am", "to", "of", "and", "or", "in", "on", "at", "for", "with", "it", "its", "this", "that", "these", "those",
        "do", "does", "did", "can", "could", "how", "what", "whats", "why", "when", "where", "who", "which", "should", "would",
        "will", "about", "any", "some", "have", "has", "had", "get", "just", "so", "if", "there", "from", "by",
        "as", "but", "than", "then", "also", "really", "very", "please", "tell", "know", "want", "need", "help", "hi", "hello",
    ];

    /// <summary>Groups <paramref name="questions"/> (text and reason), largest group first.</summary>
    public static IReadOnlyList<QuestionGroup> Group(IEnumerable<(string Question, string Reason)> questions)
    {
        // Identical word sets first, so the clustering below works on distinct wordings with counts.
        var byKey = new Dictionary<string, Wording>(StringComparer.Ordinal);
        foreach (var (question, reason) in questions)
        {
            var words = Words(question);
            var key = words.Count > 0 ? string.Join(' ', words.Order(StringComparer.Ordinal)) : Normalize(question);
            if (!byKey.TryGetValue(key, out var wording))
            {
                byKey[key] = wording = new Wording(words);
            }

            wording.Add(question.Trim(), reason);
        }

        var clusters = new List<Cluster>();
        foreach (var wording in byKey.Values.OrderByDescending(w => w.Count).ThenBy(w => w.MostFrequentText, StringComparer.Ordinal))
        {
            var cluster = wording.Words.Count == 0 ? null : clusters.FirstOrDefault(c => Jaccard(c.Words, wording.Words) >= SimilarityThreshold);
            if (cluster is null)
            {
                clusters.Add(cluster = new Cluster(wording.Words));
            }

            cluster.Wordings.Add(wording);
        }

        return clusters
            .Select(c => c.ToGroup())
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Representative, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The content words of a question, lowercased and lightly stemmed.</summary>
    public static HashSet<string> Words(string question)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in Normalize(question).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!StopWords.Contains(token))
            {
                words.Add(Stem(token));
            }
        }

        return words;
    }

    /// <summary>Size of the intersection over size of the union; 0 for two empty sets.</summary>
    public static double Jaccard(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 0;
        }

        var common = a.Count(b.Contains);
        return (double)common / (a.Count + b.Count - common);
    }

    private static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant().Replace("n't", " not", StringComparison.Ordinal))
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (c is not ('\'' or '’'))
            {
                sb.Append(' ');
            }
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Stem(string word)
    {
        foreach (var suffix in new[] { "ing", "ed", "es", "s" })
        {
            if (word.Length > suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    private sealed class Wording(HashSet<string> words)
    {
        private readonly Dictionary<string, int> _texts = new(StringComparer.Ordinal);

        public HashSet<string> Words { get; } = words;

        public int Count { get; private set; }

        public Dictionary<string, int> Reasons { get; } = new(StringComparer.Ordinal);

        public string MostFrequentText => _texts.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).First().Key;

        public IEnumerable<KeyValuePair<string, int>> Texts => _texts;

        public void Add(string text, string reason)
        {
            Count++;
            _texts[text] = _texts.GetValueOrDefault(text) + 1;
            Reasons[reason] = Reasons.GetValueOrDefault(reason) + 1;
        }
    }

    private sealed class Cluster(HashSet<string> words)
    {
        public HashSet<string> Words { get; } = words;

        public List<Wording> Wordings { get; } = [];

        public QuestionGroup ToGroup()
        {
            var texts = Wordings.SelectMany(w => w.Texts)
                .GroupBy(t => t.Key, StringComparer.OrdinalIgnoreCase)
                .Select(g => (Text: g.First().Key, Count: g.Sum(t => t.Value)))
                .OrderByDescending(t => t.Count)
                .ThenBy(t => t.Text, StringComparer.Ordinal)
                .Select(t => t.Text)
                .ToList();
            var reasons = Wordings.SelectMany(w => w.Reasons)
                .GroupBy(r => r.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Sum(r => r.Value), StringComparer.Ordinal);
            return new QuestionGroup(Wordings.Sum(w => w.Count), texts[0], texts.Skip(1).ToList(), reasons);
        }
    }
}
