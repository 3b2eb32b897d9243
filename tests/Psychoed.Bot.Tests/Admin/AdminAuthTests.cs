using System.Net;
using Psychoed.Bot.Tests.Support;

namespace Psychoed.Bot.Tests.Admin;

public sealed class AdminAuthTests
{
    [Theory]
    [InlineData("/api/admin/articles")]
    [InlineData("/api/admin/articles/worry-basics")]
    [InlineData("/api/corpus/status")]
    public async Task A_wrong_key_and_a_missing_key_get_the_same_401_without_a_hint(string path)
    {
        using var factory = new AdminAppFactory();
        using var client = factory.CreateClient();

        using var wrong = new HttpRequestMessage(HttpMethod.Get, path);
        wrong.Headers.Add("X-Api-Key", "test-admin-key-0123456789abcdeX");
        var wrongResponse = await client.SendAsync(wrong);
        var missingResponse = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, wrongResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, missingResponse.StatusCode);
        var wrongBody = await wrongResponse.Content.ReadAsStringAsync();
        Assert.Equal(wrongBody, await missingResponse.Content.ReadAsStringAsync());
        Assert.DoesNotContain("key", wrongBody, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("ApiKey header=\"X-Api-Key\"", wrongResponse.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task The_right_key_opens_the_api()
    {
        using var factory = new AdminAppFactory();
        using var client = factory.CreateAdminClient();

        var response = await client.GetAsync("/api/admin/articles");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("short-key")]
    public async Task Without_a_usable_key_configured_the_api_is_closed_with_a_clear_message(string? configured)
    {
        using var factory = new AdminAppFactory(apiKey: configured);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", configured ?? "");

        var response = await client.GetAsync("/api/admin/articles");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("configure Psychoed:Admin:ApiKey", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_endpoints_do_not_need_the_key()
    {
        using var factory = new AdminAppFactory();
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }
}
