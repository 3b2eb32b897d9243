using System.Text.RegularExpressions;

namespace Psychoed.Core.Privacy;

/// <summary>
/// Removes personal data from text before it is stored for staff review: email addresses, phone
/// numbers, street addresses with flat and apartment numbers, postcodes of the five supported regions
/// (US ZIP, UK, Canada, Australia, Ireland's Eircode), long digit runs, and given names found with a
/// name list and cues (<see cref="NameScrubber"/>) as well as names a person gives ("my name is ...").
/// Each match is replaced by a bracketed placeholder so reviewers still see the shape of the question.
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
        (FlatPattern(), "[address]"),
        (UkPostcodePattern(), "[postcode]"),
        (CanadaPostcodePattern(), "[postcode]"),
        (EircodePattern(), "[postcode]"),
        (UsZipPattern(), "[postcode]"),
        (AustraliaPostcodePattern(), "[postcode]"),
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
        try
        {
            foreach (var (pattern, replacement) in Rules)
            {
                result = pattern.Replace(result, replacement);
            }

            result = NameScrubber.Scrub(result);
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological input: keep nothing rather than risk storing personal data.
            return "[removed]";
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

    [GeneratedRegex(@"\b\d{1,5}[A-Z]?(?:\s+[A-Z][A-Za-z'.\-]*){1,4}\s+(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|court|ct|boulevard|blvd|way|place|pl|close|crescent|terrace|highway|hwy|parkway|pkwy|square|sq|gardens|grove|mews|row|hill|walk|parade|esplanade|circuit|quay|green)\b\.?(?:,?\s*(?:apt|apartment|unit|flat|suite)\.?\s*#?\w+)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex StreetAddressPattern();

    // "flat 3", "Apt. 4B", "unit 12/5", "apartment #7", "suite 200", "3/12" before a street is left to the address rule.
    [GeneratedRegex(@"\b(?:flat|apt|apartment|unit|suite|apartement)\.?\s*(?:no\.?\s*)?#?\s*\d+[A-Z]?(?:/\d+)?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex FlatPattern();

    // UK: "SW1A 1AA", "m1 1ae", "EC1V9HX".
    [GeneratedRegex(@"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s*\d(?!(?:st|nd|rd|th)\b)[A-Z]{2}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex UkPostcodePattern();

    // Canada: "K1A 0B1", "m5v-3l9" (letters D, F, I, O, Q, U never appear).
    [GeneratedRegex(@"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex CanadaPostcodePattern();

    // Ireland's Eircode: routing key ("D02", "D6W") and a four-character unique identifier.
    [GeneratedRegex(@"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?(?=[0-9AC-FHKNPRTV-Y]{4}\b)(?=\S*\d)[0-9AC-FHKNPRTV-Y]{4}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex EircodePattern();

    // US ZIP and ZIP+4 after a state abbreviation or the word zip; a bare five-digit run is a [number] below.
    [GeneratedRegex(@"(?<=\b(?:(?-i:[A-Z]{2})|zip|zip code|zipcode)[,:]?\s+)\d{5}(?:-\d{4})?\b|\b\d{5}-\d{4}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex UsZipPattern();

    // Australia: four digits after a state or territory, or after the word postcode (alone they look like a year).
    [GeneratedRegex(@"(?<=\b(?:(?-i:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)|post ?code)[,:]?\s+)\d{4}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex AustraliaPostcodePattern();

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
