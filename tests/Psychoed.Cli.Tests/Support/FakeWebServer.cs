using System.Net;
using System.Text;

namespace Psychoed.Cli.Tests.Support;

/// <summary>Stands in for the network: serves fixed pages by URL and records the requests; 404 otherwise.</summary>
internal sealed class FakeWebServer : HttpMessageHandler
{
    private readonly Dictionary<string, (string Body, string MediaType)> _pages = [];

    public List<Uri> Requests { get; } = [];

    public FakeWebServer Serve(string url, string body, string mediaType = "text/html")
    {
        _pages[url] = (body, mediaType);
        return this;
    }

    /// <summary>An environment using this fake network and a fixed date.</summary>
    public CliEnvironment Environment(DateOnly today) =>
        new(new FixedClock(new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)), () => this);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request.RequestUri!);
        var response = _pages.TryGetValue(request.RequestUri!.AbsoluteUri, out var page)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(page.Body, Encoding.UTF8, page.MediaType) }
            : new HttpResponseMessage(HttpStatusCode.NotFound);
        response.RequestMessage = request;
        return Task.FromResult(response);
    }

    // The command disposes its HttpClient and handler; the test keeps using this one.
    protected override void Dispose(bool disposing)
    {
    }
}
