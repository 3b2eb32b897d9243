using System.Security.Cryptography;
using System.Text;

namespace Psychoed.Core.Editing;

/// <summary>An article file's version: the first 16 hex digits of the SHA-256 of its text.</summary>
public static class ArticleVersion
{
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    /// <summary>The version named by an <c>If-Match</c> value (<c>"v"</c>, <c>W/"v"</c> or <c>v</c>), or null when absent.</summary>
    public static string? FromIfMatch(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        var value = header.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return value.Trim('"');
    }
}
