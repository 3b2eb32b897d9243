using System.Globalization;

namespace Psychoed.Bot.WebChat;

/// <summary>WCAG contrast arithmetic, to pick readable text on the configured accent colour.</summary>
public static class ColorContrast
{
    /// <summary>The WCAG 2 contrast ratio of two <c>#rrggbb</c> colours (1 to 21).</summary>
    public static double Ratio(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>White or near-black, whichever reads better on <paramref name="background"/>.</summary>
    public static string TextOn(string background) =>
        Ratio(background, "#FFFFFF") >= Ratio(background, "#111111") ? "#FFFFFF" : "#111111";

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(2)) + (0.0722 * Channel(4));
    }
}
