using System.Text;
using System.Text.Json;

namespace Psychoed.Bot.Admin;

/// <summary>Reads a request body with a size limit, and JSON bodies into records, without throwing on bad input.</summary>
internal static class RequestBody
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The body as UTF-8 text; null when it is larger than <paramref name="limit"/> bytes.</summary>
    public static async Task<(string? Text, bool TooLarge)> ReadTextAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        if (request.ContentLength > limit)
        {
            return (null, true);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return (null, true);
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            return (new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimStart('\uFEFF'), false);
        }
        catch (DecoderFallbackException)
        {
            return (null, false);
        }
    }

    /// <summary>Deserializes <paramref name="text"/>, or null when it is not valid JSON of that shape.</summary>
    public static T? FromJson<T>(string? text)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(text, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>True when the request says its body is JSON.</summary>
    public static bool IsJson(HttpRequest request) =>
        request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true;
}
