using System.Text;
using System.Text.RegularExpressions;

namespace Psychoed.Core.Safety;

/// <summary>
/// A rule pattern in the small phrase language of <c>corpus/safety/*.yaml</c>, compiled to a regex over
/// <see cref="NormalizedText.Padded"/>. Syntax: words match whole words; <c>(a|b c)</c> is a choice,
/// <c>(…)?</c> or <c>[…]</c> an optional part; <c>*</c> is any one word, <c>...</c> up to three words, <c>~</c> up to eight,
/// and <c>word*</c> any word starting with <c>word</c>. Words never match across a clause or sentence break.
/// Literal words go through the same <see cref="TextNormalizer"/> as messages.
/// </summary>
public sealed class PhrasePattern
{
    private const string AnyWord = "[^ |#]+ ";
    private readonly Regex _regex;
    private readonly PatternAnchor _anchor;

    private PhrasePattern(string source, string body, PatternAnchor anchor)
    {
        Source = source;
        _anchor = anchor;
        var expression = anchor switch
        {
            PatternAnchor.Whole => $"^ {body}$",
            PatternAnchor.Start => $"^ {body}",
            _ => $"(?<= ){body}",
        };
        _regex = new Regex(expression, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>The pattern as written in the rule file.</summary>
    public string Source { get; }

    /// <summary>Compiles <paramref name="source"/>; throws <see cref="FormatException"/> with the reason when it is malformed.</summary>
    /// <param name="source">The pattern text.</param>
    /// <param name="normalizer">Normalizes literal words.</param>
    /// <param name="anchor">Where it may match; whole and start patterns ignore break tokens.</param>
    public static PhrasePattern Compile(string source, TextNormalizer normalizer, PatternAnchor anchor = PatternAnchor.Anywhere)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            throw new FormatException("empty pattern");
        }

        var parser = new Parser(source, normalizer);
        var body = parser.ParseSequence(topLevel: true);
        if (body.Length == 0)
        {
            throw new FormatException($"pattern '{source}' matches nothing");
        }

        return new PhrasePattern(source, body, anchor);
    }

    /// <summary>The word spans [start, end) where the pattern matches.</summary>
    public IEnumerable<(int Start, int End)> Matches(NormalizedText text)
    {
        MatchCollection matches;
        try
        {
            matches = _regex.Matches(text.Padded);
            _ = matches.Count;
        }
        catch (RegexMatchTimeoutException)
        {
            yield break;
        }

        foreach (Match match in matches)
        {
            yield return (text.WordAt(match.Index), text.WordAt(match.Index + match.Length));
        }
    }

    /// <summary>True when the pattern matches anywhere (or, for whole patterns, the whole text without breaks).</summary>
    public bool IsMatch(NormalizedText text) => IsMatch(_anchor == PatternAnchor.Anywhere ? text.Padded : " " + text.Plain + " ");

    /// <summary>True when the pattern matches a padded string.</summary>
    public bool IsMatch(string padded)
    {
        try
        {
            return _regex.IsMatch(padded);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public override string ToString() => Source;

    private sealed class Parser(string source, TextNormalizer normalizer)
    {
        private int _position;

        public string ParseSequence(bool topLevel)
        {
            var output = new StringBuilder();
            var literal = new List<string>();
            while (true)
            {
                SkipSpaces();
                if (_position >= source.Length)
                {
                    break;
                }

                var c = source[_position];
                if (c is ')' or ']' or '|')
                {
                    if (topLevel)
                    {
                        throw new FormatException($"unexpected '{c}' at {_position + 1} in '{source}'");
                    }

                    break;
                }

                if (c is '(' or '[')
                {
                    Flush(literal, output);
                    output.Append(ParseGroup(c));
                    continue;
                }

                var word = ReadWord();
                if (word == "*")
                {
                    Flush(literal, output);
                    output.Append(AnyWord);
                }
                else if (word == "...")
                {
                    Flush(literal, output);
                    output.Append("(?:").Append(AnyWord).Append("){0,3}");
                }
                else if (word == "~")
                {
                    Flush(literal, output);
                    output.Append("(?:").Append(AnyWord).Append("){0,8}");
                }
                else if (word.Length > 1 && word.EndsWith('*'))
                {
                    Flush(literal, output);
                    var stem = normalizer.NormalizeLiteral(word[..^1]);
                    if (stem.Count == 0)
                    {
                        throw new FormatException($"empty prefix '{word}' in '{source}'");
                    }

                    for (var i = 0; i < stem.Count; i++)
                    {
                        output.Append(Regex.Escape(stem[i])).Append(i == stem.Count - 1 ? "[^ |#]* " : " ");
                    }
                }
                else
                {
                    literal.Add(word);
                }
            }

            Flush(literal, output);
            return output.ToString();
        }

        private string ParseGroup(char open)
        {
            var close = open == '(' ? ')' : ']';
            _position++;
            var alternatives = new List<string> { ParseSequence(topLevel: false) };
            while (_position < source.Length && source[_position] == '|')
            {
                _position++;
                alternatives.Add(ParseSequence(topLevel: false));
            }

            if (_position >= source.Length || source[_position] != close)
            {
                throw new FormatException($"missing '{close}' in '{source}'");
            }

            _position++;
            var optional = open == '[';
            if (_position < source.Length && source[_position] == '?')
            {
                optional = true;
                _position++;
            }

            var group = "(?:" + string.Join('|', alternatives) + ")";
            return optional ? group + "?" : group;
        }

        private string ReadWord()
        {
            var start = _position;
            while (_position < source.Length && !char.IsWhiteSpace(source[_position]) && source[_position] is not ('(' or ')' or '[' or ']' or '|'))
            {
                _position++;
            }

            return source[start.._position];
        }

        private void SkipSpaces()
        {
            while (_position < source.Length && char.IsWhiteSpace(source[_position]))
            {
                _position++;
            }
        }

        private void Flush(List<string> literal, StringBuilder output)
        {
            if (literal.Count == 0)
            {
                return;
            }

            foreach (var word in normalizer.NormalizeLiteral(string.Join(' ', literal)))
            {
                output.Append(Regex.Escape(word)).Append(' ');
            }

            literal.Clear();
        }
    }
}
