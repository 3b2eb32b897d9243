using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Psychoed.Bot.Tests.Support;

namespace Psychoed.Bot.Tests.Hosting;

public sealed class AuthenticationTests : IDisposable
{
    private readonly BotAppFactory _factory = new();

    [Fact]
    public async Task With_an_app_id_a_request_without_a_bearer_token_gets_401_and_the_bot_never_runs()
    {
        using var client = WithAppId().CreateClient();

        var (response, _) = await ActivityJson.PostAsync(client, ActivityJson.Message("what is ptsd"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_factory.Pipeline.Received);
    }

    [Fact]
    public async Task With_an_app_id_a_request_with_a_garbage_bearer_token_gets_401_and_the_bot_never_runs()
    {
        using var client = WithAppId().CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(ActivityJson.Message("what is ptsd").ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-jwt");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_factory.Pipeline.Received);
    }

    [Fact]
    public void Production_without_an_app_id_refuses_to_start_and_says_what_to_set()
    {
        var production = _factory.WithWebHostBuilder(b => b.UseEnvironment("Production"));

        var error = Assert.ThrowsAny<Exception>(() => production.CreateClient());

        var message = error.ToString();
        Assert.Contains("MicrosoftAppId", message, StringComparison.Ordinal);
        Assert.Contains("Psychoed__AllowAnonymous=true", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_starts_anonymous_when_asked_to_explicitly()
    {
        var production = _factory.WithWebHostBuilder(b => b.UseEnvironment("Production").UseSetting("Psychoed:AllowAnonymous", "true"));
        using var client = production.CreateClient();

        var (response, activities) = await ActivityJson.PostAsync(client, ActivityJson.Message("what is ptsd"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(activities);
    }

    public void Dispose() => _factory.Dispose();

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> WithAppId() =>
        _factory.WithWebHostBuilder(b => b
            .UseSetting("MicrosoftAppId", "6f1c2d3e-0000-4000-8000-00000000abcd")
            .UseSetting("MicrosoftAppPassword", "not-a-real-secret")
            .UseSetting("MicrosoftAppType", "MultiTenant"));
}
