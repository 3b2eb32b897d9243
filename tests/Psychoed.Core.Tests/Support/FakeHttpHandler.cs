using System.Net;

namespace Psychoed.Core.Tests.Support;

/// <summary>Answers every request with a canned response, or never answers; records what was asked.</summary>
internal sealed class FakeHttpHandler(Func<HttpRequestMessage, HttpResponseMessage>? respond) : HttpMessageHandler
{
    public List<Uri> Requests { get; } = [];

    /// <summary>A handler that answers 200 with <paramref name="body"/> as <paramref name="mediaType"/>.</summary>
    public static FakeHttpHandler Ok(string body, string mediaType = "text/html") => new(_ => new HttpResponseMessage(HttpStatusCode.OK)
    {
        Content = new StringContent(body, System.Text.Encoding.UTF8, mediaType),
    });

    /// <summary>A handler that waits until the request is cancelled.</summary>
    public static FakeHttpHandler Silent() => new(null);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request.RequestUri!);
        if (respond is null)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        var response = respond!(request);
        response.RequestMessage = request;
        return response;
    }
}
