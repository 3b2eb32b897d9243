using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Psychoed.Bot.Tests.Support;

namespace Psychoed.Bot.Tests.Hosting;

public sealed class MessagesEndpointTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task A_message_posted_with_expect_replies_gets_the_bot_reply_in_the_response()
    {
        using var client = factory.CreateClient();

        var (response, activities) = await ActivityJson.PostAsync(client, ActivityJson.Message("hello"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(activities);
        Assert.All(activities, a => Assert.Equal("message", (string?)a!["type"]));
    }

    [Fact]
    public async Task Healthz_answers_ok()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
