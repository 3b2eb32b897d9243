namespace Psychoed.Core.Safety;

/// <summary>
/// A message after <see cref="TextNormalizer"/>: lower-case words, letters squeezed, slang and
/// contractions expanded, with <c>|</c> marking a clause break and <c>#</c> a sentence break.
/// </summary>
public sealed class NormalizedText
{
    /// <summary>The clause-break token.</summary>
    public const string ClauseBreak = "|";

    /// <summary>The sentence-break token.</summary>
    public const string SentenceBreak = "#";

    private readonly int[] _starts;

    /// <summary>Creates the text from its words (break tokens included).</summary>
    public NormalizedText(IReadOnlyList<string> words)
    {
        Words = words;
        _starts = new int[words.Count];
        var builder = new System.Text.StringBuilder(" ");
        for (var i = 0; i < words.Count; i++)
        {
            _starts[i] = builder.Length;
            builder.Append(words[i]).Append(' ');
        }

        Padded = builder.ToString();
    }

    /// <summary>The words and break tokens, in order.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The words joined by single spaces with a space before and after, which patterns match against.</summary>
    public string Padded { get; }

    /// <summary>The words without break tokens, joined by spaces.</summary>
    public string Plain => string.Join(' ', Words.Where(w => !IsBreak(w)));

    /// <summary>True when the token is a clause or sentence break.</summary>
    public static bool IsBreak(string word) => word is ClauseBreak or SentenceBreak;

    /// <summary>The index of the word that starts at or after character <paramref name="offset"/> of <see cref="Padded"/>.</summary>
    public int WordAt(int offset)
    {
        var index = Array.BinarySearch(_starts, offset);
        return index >= 0 ? index : Math.Min(~index, _starts.Length);
    }

    /// <summary>A copy with the words in [start, end) replaced by <c>_</c>, so no pattern can match them.</summary>
    public NormalizedText Mask(int start, int end)
    {
        var words = Words.ToArray();
        for (var i = Math.Max(0, start); i < Math.Min(end, words.Length); i++)
        {
            words[i] = "_";
        }

        return new NormalizedText(words);
    }

    /// <inheritdoc />
    public override string ToString() => Padded.Trim();
}
