using System.Text.RegularExpressions;

namespace Psychoed.Core.Search;

/// <summary>Splits plain text into sentences at ., ! or ? followed by space and a capital, digit or quote.</summary>
internal static partial class SentenceSplitter
{
    // Abbreviations that end in a full stop without ending a sentence.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g.", "i.e.", "etc.", "dr.", "mr.", "mrs.", "ms.", "vs.", "st.", "no.", "approx.", "u.s.", "u.k.", "fig.",
    };

    /// <summary>The sentences of <paramref name="text"/>; paragraph breaks always end a sentence.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        foreach (var paragraph in ParagraphBreak().Split(text))
        {
            SplitParagraph(paragraph.Trim(), sentences);
        }

        return sentences;
    }

    /// <summary>Number of whitespace-separated words.</summary>
    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }

    private static void SplitParagraph(string paragraph, List<string> sentences)
    {
        if (paragraph.Length == 0)
        {
            return;
        }

        var start = 0;
        foreach (Match match in Boundary().Matches(paragraph))
        {
            var end = match.Groups["end"].Index + match.Groups["end"].Length;
            var candidate = paragraph[start..end];
            var lastWord = candidate[(candidate.LastIndexOf(' ') + 1)..];
            if (Abbreviations.Contains(lastWord.TrimStart('(', '"')))
            {
                continue;
            }

            Add(sentences, candidate);
            start = match.Index + match.Length;
        }

        Add(sentences, paragraph[start..]);
    }

    private static void Add(List<string> sentences, string sentence)
    {
        var trimmed = WhiteSpace().Replace(sentence, " ").Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }

    [GeneratedRegex(@"(?<end>[.!?][""'\u201D\u2019)]?)\s+(?=[\p{Lu}\d""'\u201C\u2018(])")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"\n\s*\n|\r\n\s*\r\n")]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
