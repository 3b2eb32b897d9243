using Newtonsoft.Json.Linq;

namespace Psychoed.Bot.Rendering;

/// <summary>Small builders for Adaptive Card 1.5 JSON (we never use the AdaptiveCards object model).</summary>
internal static class CardJson
{
    /// <summary>The card schema version; 1.5 renders on Teams desktop, web and mobile.</summary>
    public const string Version = "1.5";

    /// <summary>The attachment content type of an Adaptive Card.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static JObject Card(JArray body, JArray? actions, string fallbackText) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = Version,
        ["fallbackText"] = fallbackText,
        ["body"] = body,
        ["actions"] = actions ?? [],
    };

    public static JObject Text(string text, string? weight = null, string? size = null, bool subtle = false, string? color = null, string? style = null)
    {
        var block = new JObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (weight is not null) block["weight"] = weight;
        if (size is not null) block["size"] = size;
        if (subtle) block["isSubtle"] = true;
        if (color is not null) block["color"] = color;
        if (style is not null) block["style"] = style;
        return block;
    }

    public static JObject Container(JArray items, string? style = null, bool separator = false, string? spacing = null)
    {
        var container = new JObject { ["type"] = "Container", ["items"] = items };
        if (style is not null) container["style"] = style;
        if (separator) container["separator"] = true;
        if (spacing is not null) container["spacing"] = spacing;
        return container;
    }

    public static JObject ActionSet(JArray actions) => new() { ["type"] = "ActionSet", ["actions"] = actions };

    public static JObject OpenUrl(string title, string url) => new() { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url };

    public static JObject Submit(string title, JObject data) => new() { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };

    public static JObject ShowCard(string title, JObject card) => new() { ["type"] = "Action.ShowCard", ["title"] = title, ["card"] = card };

    public static JObject InputText(string id, string placeholder, int maxLength) => new()
    {
        ["type"] = "Input.Text",
        ["id"] = id,
        ["placeholder"] = placeholder,
        ["maxLength"] = maxLength,
        ["isMultiline"] = true,
    };
}
