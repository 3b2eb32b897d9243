using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Psychoed.Bot.Tests.Support;

namespace Psychoed.Bot.Tests.Hosting;

/// <summary>
/// Proves the SDK paths the bot uses work with the placeholder AdaptiveCards package (no assembly):
/// a card built as plain JSON goes through the real CloudAdapter and serializes.
/// </summary>
public sealed class CardAttachmentTests(BotAppFactory factory) : IClassFixture<BotAppFactory>
{
    [Fact]
    public async Task An_adaptive_card_built_as_json_goes_through_the_adapter_and_serializes()
    {
        using var client = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddTransient<IBot, CardBot>())).CreateClient();

        var (_, activities) = await ActivityJson.PostAsync(client, ActivityJson.Message("card please"));

        var attachment = Assert.Single(activities)!["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal("AdaptiveCard", (string?)attachment["content"]!["type"]);
        Assert.Equal("Hello from JSON", (string?)attachment["content"]!["body"]![0]!["text"]);
    }

    private sealed class CardBot : ActivityHandler
    {
        protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
        {
            var card = JObject.Parse("""
                {"type":"AdaptiveCard","version":"1.5","$schema":"http://adaptivecards.io/schemas/adaptive-card.json",
                 "body":[{"type":"TextBlock","text":"Hello from JSON","wrap":true}]}
                """);
            var attachment = new Attachment("application/vnd.microsoft.card.adaptive", content: card);
            return turnContext.SendActivityAsync(MessageFactory.Attachment(attachment), cancellationToken);
        }
    }
}
