using System.Net;
using System.Text;

namespace Psychoed.Bot.Tests.Support;

/// <summary>
/// Stands in for Azure's Direct Line service behind the typed HttpClient: records each request and
/// answers with the queued responses (the last one repeats).
/// </summary>
internal sealed class FakeAzureDirectLine : HttpMessageHandler
{
    private readonly Queue<(HttpStatusCode Status, string Body)> _responses = new();
    private readonly Lock _lock = new();

    public List<(HttpMethod Method, Uri Uri, string? Authorization, string Body)> Requests { get; } = [];

    public FakeAzureDirectLine Answer(HttpStatusCode status, string body)
    {
        _responses.Enqueue((status, body));
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        (HttpStatusCode Status, string Body) answer;
        lock (_lock)
        {
            Requests.Add((request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body));
            answer = _responses.Count > 1 ? _responses.Dequeue() : _responses.Peek();
        }

        return new HttpResponseMessage(answer.Status) { Content = new StringContent(answer.Body, Encoding.UTF8, "application/json") };
    }
}
