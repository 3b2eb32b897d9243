using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Psychoed.Bot.Tests.Support;

/// <summary>Reads the Adaptive Card JSON of a reply.</summary>
internal static class Cards
{
    public static JObject CardOf(IMessageActivity activity)
    {
        var attachment = Assert.Single(activity.Attachments);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        return attachment.Content as JObject ?? JObject.FromObject(attachment.Content);
    }

    /// <summary>All TextBlock texts of the card, in order, at any depth.</summary>
    public static IReadOnlyList<string> Texts(JObject card) =>
        card.Descendants().OfType<JObject>().Where(o => (string?)o["type"] == "TextBlock").Select(o => (string)o["text"]!).ToList();

    /// <summary>All text of the card's body joined, for contains checks.</summary>
    public static string AllText(JObject card) => string.Join("\n", Texts(card));

    /// <summary>The titles of the card's root actions.</summary>
    public static IReadOnlyList<string> ActionTitles(JObject card) =>
        (card["actions"] as JArray ?? []).Select(a => (string)a["title"]!).ToList();

    /// <summary>The titles of the activity's suggested actions.</summary>
    public static IReadOnlyList<string> SuggestedTitles(IMessageActivity activity) =>
        activity.SuggestedActions?.Actions?.Select(a => a.Title).ToList() ?? [];
}
