using System.Net;
using System.Text;
using Psychoed.Bot.Tests.Support;

namespace Psychoed.Bot.Tests.Hosting;

public sealed class MessagesEndpointTests(BotAppFactory factory) : IClassFixture<BotAppFactory>
{
    [Fact]
    public async Task A_message_posted_with_expect_replies_gets_the_rendered_answer_in_the_response()
    {
        using var client = factory.CreateClient();

        var (response, activities) = await ActivityJson.PostAsync(client, ActivityJson.Message("what is ptsd", conversationId: "answer"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activity = Assert.Single(activities)!;
        Assert.Equal("message", (string?)activity["type"]);
        var text = (string?)activity["text"];
        Assert.Contains(FakeAnswerPipeline.PtsdPassage, text, StringComparison.Ordinal);
        Assert.Contains("PTSD: the basics", text, StringComparison.Ordinal);
        Assert.Contains(FakeAnswerPipeline.Referral, text, StringComparison.Ordinal);
        Assert.Contains(FakeAnswerPipeline.FullDisclaimer, text, StringComparison.Ordinal);
        var card = activity["attachments"]![0]!["content"]!;
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Equal(text, (string?)card["fallbackText"]);
    }

    [Fact]
    public async Task A_crisis_message_returns_the_resources_first()
    {
        using var client = factory.CreateClient();

        var (_, activities) = await ActivityJson.PostAsync(client, ActivityJson.Message("I want to kill myself", conversationId: "crisis"));

        var activity = Assert.Single(activities)!;
        Assert.StartsWith("- 988 Suicide & Crisis Lifeline", (string?)activity["text"], StringComparison.Ordinal);
        var first = activity["attachments"]![0]!["content"]!["body"]![0]!;
        Assert.Equal("tel:988", (string?)first["selectAction"]!["url"]);
    }

    [Fact]
    public async Task State_is_kept_between_requests_of_one_conversation()
    {
        using var client = factory.CreateClient();
        await ActivityJson.PostAsync(client, ActivityJson.Message("what is ptsd", conversationId: "state"));

        var (_, activities) = await ActivityJson.PostAsync(client, ActivityJson.Message("tell me more", conversationId: "state"));

        Assert.Contains(FakeAnswerPipeline.PtsdNextPassage, (string?)Assert.Single(activities)!["text"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ this is not json")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"text\": \"no type\"}")]
    [InlineData("")]
    public async Task A_malformed_body_gets_400_and_the_host_keeps_serving(string body)
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task A_one_megabyte_message_gets_a_clear_refusal_and_the_host_keeps_serving()
    {
        using var client = factory.CreateClient();

        var (response, activities) = await ActivityJson.PostAsync(client, ActivityJson.Message(new string('x', 1024 * 1024), conversationId: "big"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("too long for me to read", (string?)Assert.Single(activities)!["text"], StringComparison.Ordinal);
        var (_, next) = await ActivityJson.PostAsync(client, ActivityJson.Message("what is ptsd", conversationId: "big"));
        Assert.Contains(FakeAnswerPipeline.PtsdPassage, (string?)Assert.Single(next)!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_request_limit_gets_413()
    {
        using var client = factory.CreateClient();
        var activity = ActivityJson.Message(new string('x', 5 * 1024 * 1024), conversationId: "huge");

        var response = await client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_answers_ok()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
