using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Psychoed.Core.Import;

/// <summary>
/// Fetches a web page to import, defensively: http(s) only, a timeout, a size limit, HTML or
/// plain text only, and a clear one-line error for every failure instead of an exception.
/// </summary>
public sealed class PageFetcher(HttpClient client, TimeSpan? timeout = null)
{
    /// <summary>The largest page accepted.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    /// <summary>How long a fetch may take, start to end, unless the constructor says otherwise.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    private readonly TimeSpan _timeout = timeout ?? DefaultTimeout;

    /// <summary>A handler with sensible limits for fetching one page: few redirects, connect timeout, decompression.</summary>
    public static HttpMessageHandler CreateHandler() => new SocketsHttpHandler
    {
        AllowAutoRedirect = true,
        MaxAutomaticRedirections = 5,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        AutomaticDecompression = DecompressionMethods.All,
    };

    /// <summary>Fetches <paramref name="url"/>; returns the page or an error message.</summary>
    public async Task<(ImportInput? Input, string? Error)> FetchAsync(Uri url, CancellationToken cancellationToken = default)
    {
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
        {
            return (null, $"'{url}' is not an http(s) address");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Psychoed-Import", "1.0"));
            request.Headers.Accept.ParseAdd("text/html, application/xhtml+xml, text/plain;q=0.9");
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                return (null, $"could not fetch {url}: the server answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            if (response.Content.Headers.ContentLength > MaxBytes)
            {
                return (null, $"could not fetch {url}: the page is larger than {MaxBytes / (1024 * 1024)} MB");
            }

            var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant();
            ImportFormat? format = mediaType switch
            {
                "text/html" or "application/xhtml+xml" => ImportFormat.Html,
                "text/plain" => ImportFormat.Text,
                null => null,
                _ => throw new NotAPageException(mediaType),
            };

            var bytes = await ReadLimitedAsync(response.Content, timeout.Token);
            if (bytes is null)
            {
                return (null, $"could not fetch {url}: the page is larger than {MaxBytes / (1024 * 1024)} MB");
            }

            var text = Decode(bytes, response.Content.Headers.ContentType?.CharSet);
            var finalUrl = response.RequestMessage?.RequestUri ?? url;
            return (new ImportInput(text, format ?? ArticleImporter.DetectFormat("", text), finalUrl, finalUrl.AbsoluteUri), null);
        }
        catch (NotAPageException e)
        {
            return (null, $"could not import {url}: it is {e.Message}, not a web page (HTML or plain text)");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"could not fetch {url}: no answer within {_timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            return (null, $"could not fetch {url}: {e.Message}");
        }
    }

    private static async Task<byte[]?> ReadLimitedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Decodes with the declared charset when it is one .NET knows, else UTF-8, else Latin-1.</summary>
    internal static string Decode(byte[] bytes, string? charset)
    {
        if (!string.IsNullOrWhiteSpace(charset))
        {
            try
            {
                return Encoding.GetEncoding(charset.Trim('"', ' ')).GetString(bytes).TrimStart('\uFEFF');
            }
            catch (ArgumentException)
            {
                // An unknown charset name: fall through to the usual guesses.
            }
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    private sealed class NotAPageException(string mediaType) : Exception(mediaType);
}
