using System.Text;

namespace Psychoed.Core.Import;

/// <summary>Makes article ids (lowercase letters, digits and single hyphens) from titles.</summary>
public static class Slug
{
    /// <summary>Ids longer than this are cut at a hyphen; long ids make poor file names.</summary>
    public const int MaxLength = 60;

    // Invariant globalization has no Unicode decomposition, so accented Latin letters are folded by table.
    private static readonly (string Accented, string Plain)[] Folds =
    [
        ("àáâãäåā", "a"), ("çćč", "c"), ("èéêëēę", "e"), ("ìíîïī", "i"), ("ñń", "n"), ("òóôõöøō", "o"),
        ("ùúûüū", "u"), ("ýÿ", "y"), ("šś", "s"), ("žźż", "z"), ("ł", "l"), ("æ", "ae"), ("œ", "oe"), ("ß", "ss"),
    ];

    /// <summary>The slug of <paramref name="title"/>, or <c>imported-article</c> when it has no letters or digits.</summary>
    public static string FromTitle(string title)
    {
        var sb = new StringBuilder();
        var hyphen = false;
        foreach (var c in Fold(title.Replace("&", " and ", StringComparison.Ordinal)))
        {
            if (c is '\'' or '’')
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (hyphen && sb.Length > 0)
                {
                    sb.Append('-');
                }

                sb.Append(lower);
                hyphen = false;
            }
            else
            {
                hyphen = true;
            }
        }

        var slug = sb.ToString();
        if (slug.Length > MaxLength)
        {
            var cut = slug.LastIndexOf('-', MaxLength);
            slug = slug[..(cut > 10 ? cut : MaxLength)].TrimEnd('-');
        }

        return slug.Length == 0 ? "imported-article" : slug;
    }

    private static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            var fold = Array.Find(Folds, f => f.Accented.Contains(c, StringComparison.Ordinal));
            sb.Append(fold.Plain ?? c.ToString());
        }

        return sb.ToString();
    }
}
