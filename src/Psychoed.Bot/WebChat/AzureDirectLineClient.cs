using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Psychoed.Bot.WebChat;

/// <summary>
/// Exchanges the configured Direct Line secret for a per-visitor token at Azure's Direct Line service.
/// The secret stays on the server; only the token reaches the browser.
/// </summary>
public sealed class AzureDirectLineClient(HttpClient http, IOptions<WebChatOptions> options)
{
    /// <summary>Azure's Direct Line base address (the API root, under which <c>/v3/directline</c> lives).</summary>
    public string Domain => options.Value.DirectLineEndpoint.TrimEnd('/') + "/v3/directline";

    /// <summary>Generates a token for <paramref name="userId"/>; throws <see cref="HttpRequestException"/> when Azure refuses or is unreachable.</summary>
    public async Task<AzureDirectLineToken> GenerateTokenAsync(string userId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Domain + "/tokens/generate")
        {
            Content = JsonContent.Create(new { user = new { id = userId } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.DirectLineSecret);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Direct Line refused the token request ({(int)response.StatusCode}).", null, response.StatusCode);
        }

        try
        {
            using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            var root = body.RootElement;
            return new AzureDirectLineToken(
                root.GetProperty("token").GetString() ?? throw new JsonException("no token"),
                root.GetProperty("conversationId").GetString() ?? throw new JsonException("no conversationId"),
                root.TryGetProperty("expires_in", out var expires) && expires.TryGetInt32(out var seconds) ? seconds : 1800);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new HttpRequestException("Direct Line answered the token request with an unexpected body.", e);
        }
    }
}
