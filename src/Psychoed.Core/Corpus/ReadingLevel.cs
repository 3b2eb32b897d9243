using System.Text.RegularExpressions;

namespace Psychoed.Core.Corpus;

/// <summary>Flesch-Kincaid grade level of English text, with a heuristic syllable counter.</summary>
public static partial class ReadingLevel
{
    /// <summary>The Flesch-Kincaid grade of <paramref name="text"/>; 0 for text without words.</summary>
    public static double FleschKincaidGrade(string text)
    {
        var words = WordPattern().Matches(text).Select(m => m.Value).ToList();
        if (words.Count == 0)
        {
            return 0;
        }

        var sentences = Math.Max(1, SentenceEndPattern().Matches(text).Count);
        var syllables = words.Sum(CountSyllables);
        return Math.Round((0.39 * words.Count / sentences) + (11.8 * syllables / words.Count) - 15.59, 1);
    }

    /// <summary>The number of words in <paramref name="text"/>.</summary>
    public static int CountWords(string text) => WordPattern().Matches(text).Count;

    /// <summary>Counts vowel groups, discounting a silent final "e"; every word has at least one.</summary>
    internal static int CountSyllables(string word)
    {
        var w = word.ToLowerInvariant().Trim('\'');
        if (w.Length <= 3)
        {
            return 1;
        }

        if (w.EndsWith("es", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.EndsWith('e') && !w.EndsWith("le", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        var count = VowelGroupPattern().Matches(w).Count;
        return Math.Max(1, count);
    }

    [GeneratedRegex(@"[A-Za-z][A-Za-z']*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"[.!?]+(\s|$)")]
    private static partial Regex SentenceEndPattern();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroupPattern();
}
