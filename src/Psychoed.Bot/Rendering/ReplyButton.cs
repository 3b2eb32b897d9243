using Newtonsoft.Json.Linq;

namespace Psychoed.Bot.Rendering;

/// <summary>
/// A button under a reply: either it says something on the user's behalf (<see cref="Say"/>), or it
/// sends data silently (<see cref="Value"/>, e.g. feedback).
/// </summary>
/// <param name="Title">The label.</param>
/// <param name="Say">The text sent as if the user typed it.</param>
/// <param name="Value">Data sent without text.</param>
/// <param name="AsksForComment">For 👎: offer an optional comment box where the channel can.</param>
public sealed record ReplyButton(string Title, string? Say = null, JObject? Value = null, bool AsksForComment = false)
{
    /// <summary>A button that sends <paramref name="text"/> as the user's message.</summary>
    public static ReplyButton Saying(string title, string? text = null) => new(title, Say: text ?? title);

    /// <summary>A 👍 or 👎 button for a passage.</summary>
    public static ReplyButton Feedback(bool helpful, string passageId) =>
        new(helpful ? "👍" : "👎",
            Value: new JObject { ["feedback"] = helpful ? "up" : "down", ["passageId"] = passageId },
            AsksForComment: !helpful);
}
