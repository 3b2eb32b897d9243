using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Psychoed.Core.Safety;

/// <summary>
/// Brings a message to the form the safety rules are written against: lower case, accents removed,
/// leetspeak decoded (<c>k1ll</c>), contractions expanded (<c>can't</c> to <c>can not</c>), repeated
/// letters squeezed to one (<c>sooooo</c> and <c>so</c> both become <c>so</c>, <c>kill</c> becomes
/// <c>kil</c>), misspellings and slang rewritten from data (<c>sucide</c>, <c>kms</c>), and punctuation
/// turned into clause and sentence breaks. Patterns go through the same steps, so both sides agree.
/// </summary>
public sealed partial class TextNormalizer
{
    private static readonly HashSet<string> _unitSuffixes =
        ["st", "nd", "rd", "th", "am", "pm", "mg", "ml", "g", "h", "hr", "hrs", "k", "x", "s", "yo", "yr", "yrs", "min", "mins", "m"];

    // Squeezed, "soon" would read as "son" (a third-person cue) and "good" as "god" (a command-voice word).
    private static readonly Dictionary<string, string> _unsqueezed = new(StringComparer.Ordinal) { ["son"] = "soon", ["god"] = "good" };

    private readonly NormalizationTable _table;
    private readonly Dictionary<string, string[]> _words;
    private readonly Dictionary<string, string> _phrases;
    private readonly Regex? _phraseRegex;
    private readonly HashSet<string> _clauseWords;

    /// <summary>Creates a normalizer over <paramref name="table"/>.</summary>
    public TextNormalizer(NormalizationTable table)
    {
        _table = table;
        _clauseWords = new HashSet<string>(table.ClauseWords.Select(w => Squeeze(w.ToLowerInvariant())), StringComparer.Ordinal);
        _words = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (key, value) in table.Words)
        {
            _words[Squeeze(key.Trim().ToLowerInvariant())] = SplitSqueezed(value);
        }

        _phrases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in table.Phrases)
        {
            var normalizedKey = string.Join(' ', NormalizeTokens(key, applyPhrases: false).Where(w => !NormalizedText.IsBreak(w)));
            if (normalizedKey.Length > 0)
            {
                _phrases[normalizedKey] = string.Join(' ', SplitSqueezed(value));
            }
        }

        if (_phrases.Count > 0)
        {
            var alternation = string.Join('|', _phrases.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
            _phraseRegex = new Regex($"(?<= )(?:{alternation})(?= )", RegexOptions.CultureInvariant);
        }

    }

    /// <summary>Normalizes a message. Never throws; null or empty text gives no words.</summary>
    public NormalizedText Normalize(string? text) => new(NormalizeTokens(text ?? "", applyPhrases: true));

    /// <summary>Normalizes a literal phrase from a rule file the same way, without break tokens.</summary>
    public IReadOnlyList<string> NormalizeLiteral(string phrase) =>
        NormalizeTokens(phrase, applyPhrases: true).Where(w => !NormalizedText.IsBreak(w)).ToArray();

    /// <summary>Collapses every run of the same letter to one letter; digits are left alone.</summary>
    public static string Squeeze(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (builder.Length > 0 && char.IsLetter(c) && builder[^1] == c)
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string[] SplitSqueezed(string value) =>
        value.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Squeeze).ToArray();

    private List<string> NormalizeTokens(string text, bool applyPhrases)
    {
        var cleaned = FoldCase(Lookalikes.Fold(text));
        cleaned = SpacedLetters().Replace(cleaned, JoinSpacedLetters);
        cleaned = DecodeLeet(cleaned);
        cleaned = ContractionRegex().Replace(cleaned, ExpandContraction);
        cleaned = Punctuate(cleaned);

        var tokens = new List<string>();
        foreach (var raw in cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (NormalizedText.IsBreak(raw))
            {
                AddBreak(tokens, raw);
                continue;
            }

            var word = Squeeze(raw);
            if (word != raw && _unsqueezed.TryGetValue(word, out var doubled))
            {
                word = doubled;
            }

            if (_clauseWords.Contains(word))
            {
                AddBreak(tokens, NormalizedText.ClauseBreak);
            }

            if (_words.TryGetValue(word, out var replacement))
            {
                tokens.AddRange(replacement);
            }
            else
            {
                tokens.Add(word);
            }
        }

        while (tokens.Count > 0 && NormalizedText.IsBreak(tokens[^1]))
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        if (!applyPhrases || _phraseRegex is null || tokens.Count == 0)
        {
            return tokens;
        }

        var padded = " " + string.Join(' ', tokens) + " ";
        var rewritten = _phraseRegex.Replace(padded, m => _phrases[m.Value]);
        return rewritten.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    /// <summary>
    /// "k i l l  m y s e l f" and "s.u.i.c.i.d.e": the letters joined, then split into the rules' words
    /// with as few words as possible ("kill myself"); kept joined when they do not split.
    /// </summary>
    private string JoinSpacedLetters(Match match)
    {
        var letters = string.Concat(match.Value.Where(char.IsLetter));
        return " " + (Segment(letters) ?? letters) + " ";
    }

    private string? Segment(string letters)
    {
        const int longest = 24;
        var words = new int[letters.Length + 1];
        var from = new int[letters.Length + 1];
        Array.Fill(words, int.MaxValue);
        words[0] = 0;
        for (var end = 1; end <= letters.Length; end++)
        {
            for (var start = Math.Max(0, end - longest); start < end; start++)
            {
                if (words[start] == int.MaxValue || words[start] + 1 >= words[end])
                {
                    continue;
                }

                var piece = letters[start..end];
                if (piece is "i" or "a" || _table.Vocabulary.Contains(piece) || _words.ContainsKey(piece))
                {
                    words[end] = words[start] + 1;
                    from[end] = start;
                }
            }
        }

        if (words[letters.Length] == int.MaxValue)
        {
            return null;
        }

        var parts = new List<string>();
        for (var end = letters.Length; end > 0; end = from[end])
        {
            parts.Add(letters[from[end]..end]);
        }

        parts.Reverse();
        return string.Join(' ', parts);
    }

    private static void AddBreak(List<string> tokens, string token)
    {
        if (tokens.Count == 0)
        {
            return;
        }

        if (NormalizedText.IsBreak(tokens[^1]))
        {
            // A sentence break outranks a clause break.
            if (token == NormalizedText.SentenceBreak)
            {
                tokens[^1] = token;
            }

            return;
        }

        tokens.Add(token);
    }

    // The apps run with invariant globalization, where string.Normalize leaves accents alone: fold the
    // common Latin ones by hand so "suïcide" and "café" match like their plain spellings.
    private const string Accented = "àáâãäåāçćčèéêëēėęìíîïīñńòóôõöøōùúûüūýÿšžß";
    private const string Plain = "aaaaaaaccceeeeeeeiiiiinnooooooouuuuuyyszs";

    private static string FoldCase(string text)
    {
        var lower = text.ToLowerInvariant();
        var builder = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var accent = Accented.IndexOf(c, StringComparison.Ordinal);
            builder.Append(accent >= 0 ? Plain[accent] : c is '\u2019' or '\u2018' or '\u02bc' or '`' or '\u00b4' ? '\'' : c);
        }

        return builder.ToString();
    }

    private string DecodeLeet(string text)
    {
        if (!text.Any(_table.Leet.ContainsKey))
        {
            return text;
        }

        var parts = text.Split(' ');
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = DecodeLeetWord(parts[i]);
        }

        return string.Join(' ', parts);
    }

    private string DecodeLeetWord(string token)
    {
        var core = token.Trim('.', ',', '!', '?', ';', ':', '"', '\'', '(', ')');
        var letters = core.Count(char.IsLetter);
        if (letters == 0 || !core.Any(_table.Leet.ContainsKey))
        {
            return token;
        }

        // "2nd", "10mg", "3am" are numbers with a unit, not leetspeak.
        var digits = core.TakeWhile(char.IsDigit).Count();
        if (digits > 0 && _unitSuffixes.Contains(core[digits..]))
        {
            return token;
        }

        var builder = new StringBuilder(token.Length);
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            var betweenLetters = i > 0 && i < token.Length - 1 && char.IsLetterOrDigit(token[i - 1]) && char.IsLetterOrDigit(token[i + 1]);
            var mapped = _table.Leet.TryGetValue(c, out var letter) && (char.IsDigit(c) || betweenLetters || c is '@' or '$');
            builder.Append(mapped ? letter : c);
        }

        return builder.ToString();
    }

    private string ExpandContraction(Match match)
    {
        var whole = match.Value;
        if (_table.Contractions.TryGetValue(whole, out var expanded))
        {
            return expanded;
        }

        var stem = match.Groups[1].Value;
        return match.Groups[2].Value switch
        {
            "t" when stem.EndsWith('n') => stem[..^1] + " not",
            "re" => stem + " are",
            "ve" => stem + " have",
            "ll" => stem + " will",
            "d" => stem + " would",
            "m" => stem + " am",
            var suffix => stem + suffix,
        };
    }

    private static string Punctuate(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (c is '.' or '!' or '?' or '\n' or '\r' or '\u2026')
            {
                builder.Append(" # ");
            }
            else if (c is ',' or ';' or ':' or '(' or ')' or '"' or '\u2013' or '\u2014' or '\u201c' or '\u201d')
            {
                builder.Append(" | ");
            }
            else if (c != '\'')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    // Four or more single letters, each set apart by spaces or light punctuation.
    [GeneratedRegex(@"(?<![\p{L}\p{N}'])\p{L}(?:[ .\-_*+~/\u00b7\u2022]{1,3}\p{L}(?![\p{L}\p{N}'])){3,}", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedLetters();

    [GeneratedRegex(@"(\p{L}+)'(\p{L}+)", RegexOptions.CultureInvariant)]
    private static partial Regex ContractionRegex();
}
