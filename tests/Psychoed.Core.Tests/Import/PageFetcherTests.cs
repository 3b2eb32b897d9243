using System.Net;
using Psychoed.Core.Import;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Import;

public sealed class PageFetcherTests
{
    private static readonly Uri Page = new("https://clinic.example/blog/winding-down");

    private static async Task<(ImportInput? Input, string? Error)> FetchAsync(FakeHttpHandler handler, Uri? url = null, TimeSpan? timeout = null)
    {
        using var client = new HttpClient(handler);
        return await new PageFetcher(client, timeout).FetchAsync(url ?? Page);
    }

    [Fact]
    public async Task An_html_page_is_fetched_with_its_address()
    {
        var (input, error) = await FetchAsync(FakeHttpHandler.Ok("<html><body><h1>Hi</h1></body></html>"));

        Assert.Null(error);
        Assert.Equal(ImportFormat.Html, input!.Format);
        Assert.Equal(Page, input.SourceUrl);
    }

    [Fact]
    public async Task A_plain_text_page_is_read_as_text()
    {
        var (input, _) = await FetchAsync(FakeHttpHandler.Ok("Title\n\nText.", "text/plain"));

        Assert.Equal(ImportFormat.Text, input!.Format);
    }

    [Fact]
    public async Task A_missing_page_gives_the_status_in_a_clear_error()
    {
        var (input, error) = await FetchAsync(new FakeHttpHandler(_ => new HttpResponseMessage(HttpStatusCode.NotFound)));

        Assert.Null(input);
        Assert.Equal("could not fetch https://clinic.example/blog/winding-down: the server answered 404 Not Found", error);
    }

    [Fact]
    public async Task A_page_over_the_size_limit_is_refused()
    {
        var big = new string('a', PageFetcher.MaxBytes + 10);

        var (input, error) = await FetchAsync(FakeHttpHandler.Ok(big));

        Assert.Null(input);
        Assert.Contains("larger than", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_streamed_page_over_the_size_limit_is_refused_without_a_length_header()
    {
        var handler = new FakeHttpHandler(_ =>
        {
            var content = new StreamContent(new MemoryStream(new byte[PageFetcher.MaxBytes + 10]));
            content.Headers.ContentType = new("text/html");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        });

        var (_, error) = await FetchAsync(handler);

        Assert.Contains("larger than", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_image_is_not_a_page()
    {
        var (_, error) = await FetchAsync(FakeHttpHandler.Ok("PNG", "image/png"));

        Assert.Contains("image/png, not a web page", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_never_answers_gives_a_timeout_error()
    {
        var (_, error) = await FetchAsync(FakeHttpHandler.Silent(), timeout: TimeSpan.FromMilliseconds(50));

        Assert.Contains("no answer within", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_failure_gives_a_clear_error()
    {
        var (_, error) = await FetchAsync(new FakeHttpHandler(_ => throw new HttpRequestException("Name or service not known")));

        Assert.Equal("could not fetch https://clinic.example/blog/winding-down: Name or service not known", error);
    }

    [Fact]
    public async Task Only_http_addresses_are_fetched()
    {
        var handler = FakeHttpHandler.Ok("x");

        var (_, error) = await FetchAsync(handler, new Uri("file:///etc/passwd"));

        Assert.Contains("not an http(s) address", error, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }
}
