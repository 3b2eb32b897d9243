using System.Text.RegularExpressions;

namespace Psychoed.Core.Search;

/// <summary>
/// For a long message, the sentences that carry the question or the concern: questions, asks for
/// help or advice, and how the person feels or what they struggle with. Greetings, thanks, apologies
/// for the length and story filler are dropped, so the rare names and places of a story do not take
/// the query's places from the words that say what it is about. Short messages pass unchanged.
/// </summary>
internal static partial class NarrativeFocus
{
    // A focused query of about this many words is enough to carry a concern.
    private const int TargetWords = 45;

    public static string Focus(string text, int minWords)
    {
        if (minWords <= 0 || SentenceSplitter.CountWords(text) <= minWords)
        {
            return text;
        }

        var sentences = Sentences().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        if (sentences.Count <= 2)
        {
            return text;
        }

        var scored = sentences
            .Select((sentence, index) => (Sentence: sentence, Index: index, Score: Score(sentence, index, sentences.Count)))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score)
            .ThenByDescending(s => s.Index)
            .ToList();
        var kept = new List<(string Sentence, int Index, int Score)>();
        var words = 0;
        foreach (var candidate in scored)
        {
            kept.Add(candidate);
            words += SentenceSplitter.CountWords(candidate.Sentence);
            if (words >= TargetWords)
            {
                break;
            }
        }

        return kept.Count == 0 ? text : string.Join(" ", kept.OrderBy(s => s.Index).Select(s => s.Sentence));
    }

    private static int Score(string sentence, int index, int count)
    {
        var words = SentenceSplitter.CountWords(sentence);
        if (Filler().IsMatch(sentence) && words <= 12)
        {
            return 0;
        }

        var score = 1;
        score += sentence.Contains('?') ? 4 : 0;
        score += Ask().IsMatch(sentence) ? 3 : 0;
        score += Concern().Count(sentence) * 2;
        score += index == count - 1 || index == 0 ? 1 : 0;
        return score;
    }

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+")]
    private static partial Regex Sentences();

    [GeneratedRegex(@"^\W*(hi|hello|hey|dear|greetings|good (morning|afternoon|evening)|thanks?|thank you|thx|sorry (for|if|about) (the|this|my) (long|length|rant|wall)|tl;?dr|edit|update|throwaway|first (time )?post|long time lurker|english is not)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Filler();

    [GeneratedRegex(@"\b(how (do|can|should|to)|what (should|can|do|is)|is it (normal|possible|okay|ok)|does anyone|has anyone|any (advice|tips|help|suggestions)|advice|help me|i need help|should i|can i|why do i|am i)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ask();

    [GeneratedRegex(@"\b(i (feel|felt|am|'m|have|'ve|can't|cannot|don't|keep|get|struggle|worry)|feel(ing|s)?|anxi\w*|panic\w*|depress\w*|sad|scared|afraid|fear\w*|stress\w*|lonely|alone|hopeless|worthless|numb|empty|overwhelm\w*|cope|coping|sleep\w*|nightmare\w*|flashback\w*|trauma\w*|ptsd|therap\w*|medication|worr\w*|cry\w*|angry|anger|guilt\w*|shame\w*|tired|exhaust\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Concern();
}
