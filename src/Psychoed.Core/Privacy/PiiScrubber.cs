using System.Text.RegularExpressions;

namespace Psychoed.Core.Privacy;

/// <summary>
/// Removes personal data from text before it is stored for staff review: email addresses, phone
/// numbers, street addresses, long digit runs and names a person gives ("my name is ..."). Each
/// match is replaced by a bracketed placeholder so reviewers still see the shape of the question.
/// </summary>
public static partial class PiiScrubber
{
    /// <summary>The most text kept; longer input is cut before scrubbing so a pasted essay cannot stall it.</summary>
    public const int MaxLength = 2000;

    // Order matters: emails before phones (digits in addresses), addresses before bare numbers.
    private static readonly (Regex Pattern, string Replacement)[] Rules =
    [
        (EmailPattern(), "[email]"),
        (UrlWithUserPattern(), "[link]"),
        (StreetAddressPattern(), "[address]"),
        (PhonePattern(), "[phone]"),
        (LongNumberPattern(), "[number]"),
        (GivenNamePattern(), "${intro}[name]"),
    ];

    /// <summary>Returns <paramref name="text"/> with personal data replaced by placeholders.</summary>
    public static string Scrub(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var result = text.Length > MaxLength ? text[..MaxLength] : text;
        foreach (var (pattern, replacement) in Rules)
        {
            try
            {
                result = pattern.Replace(result, replacement);
            }
            catch (RegexMatchTimeoutException)
            {
                // Pathological input: keep nothing rather than risk storing personal data.
                return "[removed]";
            }
        }

        return result.Trim();
    }

    [GeneratedRegex(@"[A-Z0-9._%+\-]+\s*(?:@|\(at\)|\[at\])\s*[A-Z0-9.\-]+\s*(?:\.|\(dot\)|\[dot\])\s*[A-Z]{2,}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex EmailPattern();

    // Links that carry a user name or query string can identify someone; plain article links are fine.
    [GeneratedRegex(@"https?://\S*(?:[?@]|/(?:u|user|users|profile|in)/)\S*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex UrlWithUserPattern();

    [GeneratedRegex(@"\b\d{1,5}[A-Z]?(?:\s+[A-Z][A-Za-z'.\-]*){1,4}\s+(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|court|ct|boulevard|blvd|way|place|pl|close|crescent|terrace|highway|hwy|parkway|pkwy|square|sq)\b\.?(?:,?\s*(?:apt|apartment|unit|flat|suite)\.?\s*#?\w+)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex StreetAddressPattern();

    // Seven or more digits with the usual separators, with or without a leading + or brackets.
    [GeneratedRegex(@"(?<!\w)(?:\+|00)?\(?\d(?:[\s().\-]*\d){6,14}(?!\w)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"\b\d{5,}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex LongNumberPattern();

    // "my name is Sam", "I'm called Jo Smith", "call me Alex": the next word, plus up to two more
    // when they are capitalised (a surname), so "my name is sam and ..." keeps the rest of the question.
    [GeneratedRegex(@"(?<intro>\b(?:my\s+name\s+is|my\s+name'?s|i\s+am\s+called|i'?m\s+called|call\s+me|name:)\s+)(?!(?:on|at|back|when|if|later|tomorrow|now|anytime|about|a|an|the)\b)[A-Za-z][A-Za-z'\-]*(?-i:(?:\s+(?!I\b)[A-Z][A-Za-z'\-]*){0,2})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex GivenNamePattern();
}
