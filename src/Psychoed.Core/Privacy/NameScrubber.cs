using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace Psychoed.Core.Privacy;

/// <summary>
/// Finds given names (and the surname after one) with a name list and cues: a listed name written
/// with a capital is a name; written in lower case it is one only after a cue ("my son jake", "i'm
/// priya"). Names that are also ordinary words (Will, Hope, May) count only when capitalised and cued
/// ("my daughter Hope", "Dr Grace") or followed by a capitalised surname mid-sentence. A title (Dr,
/// Mrs) marks the next capitalised word as a name whatever it is.
/// </summary>
internal static partial class NameScrubber
{
    private static readonly Lazy<HashSet<string>> s_names = new(() => Load("given-names.txt"));
    private static readonly Lazy<HashSet<string>> s_nameWords = new(() => Load("name-words.txt"));

    private static readonly HashSet<string> s_cues = new(StringComparer.OrdinalIgnoreCase)
    {
        "son", "daughter", "husband", "wife", "partner", "friend", "boyfriend", "girlfriend", "brother", "sister",
        "mum", "mom", "mother", "father", "dad", "therapist", "doctor", "counsellor", "counselor", "psychiatrist",
        "boss", "colleague", "cousin", "aunt", "uncle", "niece", "nephew", "grandson", "granddaughter", "grandma",
        "grandpa", "fiance", "fiancee", "fiancé", "fiancée", "child", "kid", "baby", "named", "called", "ex", "roommate",
        "flatmate", "neighbour", "neighbor", "teacher", "nurse", "gp", "stepson", "stepdaughter", "sibling", "am", "i'm", "im",
        "thanks", "regards", "cheers", "love", "from", "with", "and",
    };

    // Cues that make a lower-case listed name a name but are too common to vouch for an ambiguous one.
    private static readonly HashSet<string> s_weakCues = new(StringComparer.OrdinalIgnoreCase) { "am", "i'm", "im", "from", "with", "and", "love" };

    private static readonly HashSet<string> s_titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "nurse", "sister", "father", "rev",
    };

    /// <summary>Replaces the given names (with their surnames) in <paramref name="text"/> by <c>[name]</c>.</summary>
    public static string Scrub(string text)
    {
        var words = WordPattern().Matches(text);
        if (words.Count == 0)
        {
            return text;
        }

        var scrub = new bool[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Value;
            var previous = i > 0 ? words[i - 1].Value : null;
            var sentenceStart = i == 0 || EndsSentence(text, words[i - 1], words[i]);
            var capitalised = IsCapitalised(word);
            var cue = previous is not null && !sentenceStart && s_cues.Contains(previous.TrimEnd('.'));
            if (previous is not null && capitalised && s_titles.Contains(previous.TrimEnd('.')) && !sentenceStart && IsCapitalised(previous))
            {
                scrub[i] = true;
                continue;
            }

            var key = Bare(word);
            if (!s_names.Value.Contains(key) || word.Length < 2)
            {
                continue;
            }

            var nextCapitalised = i + 1 < words.Count && IsCapitalised(words[i + 1].Value) && !EndsSentence(text, words[i], words[i + 1]);
            if (IsEponym(text, words[i]))
            {
                // St John's wort, Addison's disease: a name inside a term, not a person.
                continue;
            }

            if (s_nameWords.Value.Contains(key))
            {
                var surnameNext = nextCapitalised && !sentenceStart && !ThingSuffix().IsMatch(words[i + 1].Value);
                scrub[i] = capitalised && ((cue && !s_weakCues.Contains(previous!)) || surnameNext);
            }
            else
            {
                scrub[i] = capitalised || cue;
            }

            if (scrub[i] && nextCapitalised && !s_nameWords.Value.Contains(Bare(words[i + 1].Value)) && words[i + 1].Value != "I")
            {
                // The surname: a capitalised word straight after the given name.
                scrub[++i] = true;
            }
        }

        return Replace(text, words, scrub);
    }

    private static string Replace(string text, MatchCollection words, bool[] scrub)
    {
        var result = new StringBuilder(text.Length);
        var at = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (!scrub[i])
            {
                continue;
            }

            var start = words[i].Index;
            var end = words[i].Index + words[i].Length;
            while (i + 1 < words.Count && scrub[i + 1] && OnlySpaces(text, end, words[i + 1].Index))
            {
                end = words[++i].Index + words[i].Length;
            }

            // "Sam's" keeps its "'s".
            if (text.AsSpan(start, end - start).EndsWith("'s", StringComparison.OrdinalIgnoreCase))
            {
                end -= 2;
            }

            result.Append(text, at, start - at).Append("[name]");
            at = end;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }

    private static bool IsEponym(string text, Match word) =>
        EponymAfter().IsMatch(text.AsSpan(word.Index + word.Length));

    private static bool OnlySpaces(string text, int from, int to) => text.AsSpan(from, to - from).Trim().IsEmpty;

    private static bool EndsSentence(string text, Match before, Match after)
    {
        var gap = text.AsSpan(before.Index + before.Length, after.Index - before.Index - before.Length);
        return gap.IndexOfAny(".!?\n:") >= 0 && !s_titles.Contains(before.Value);
    }

    private static bool IsCapitalised(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower);

    private static string Bare(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.EndsWith("'s", StringComparison.Ordinal) ? lower[..^2] : lower;
    }

    private static HashSet<string> Load(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Psychoed.Core.Privacy." + name)
            ?? throw new InvalidOperationException($"The name list {name} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                set.Add(line.Trim());
            }
        }

        return set;
    }

    [GeneratedRegex(@"[\p{L}][\p{L}'\-]*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^(?:'s)?\s+(?:wort|disease|syndrome|palsy|law|principle|effect|test|scale|method|model|theory|therapy|technique)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex EponymAfter();

    // Words that name things rather than people ("Early Intervention", "Hope Therapy").
    [GeneratedRegex(@"(?:tion|sion|ment|ness|ity|ing|ance|ence|ism|ist|ics?|ical|ive|ous|ology|ery|ary|ory|ship|hood|ure|s)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex ThingSuffix();
}
