using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using Psychoed.Core.Answers;

namespace Psychoed.Bot.Rendering;

/// <summary>
/// Renders the pipeline's replies, and the bot's own short notices, as Bot Framework activities
/// for a given channel: an Adaptive Card with a plain-text fallback, and follow-up buttons either
/// in the card (Teams) or as suggested actions.
/// </summary>
public static class ReplyRenderer
{
    /// <summary>The "help now" button label and the text it sends.</summary>
    public const string HelpNow = "I need help now";

    /// <summary>The "tell me more" button label.</summary>
    public const string TellMore = "Tell me more";

    private const int MaxSuggestions = 3;

    /// <summary>The activity for a pipeline reply on <paramref name="channelId"/>.</summary>
    public static IMessageActivity Render(Reply reply, string? channelId, IReadOnlyList<ReplyButton>? extraButtons = null)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var profile = ChannelProfile.For(channelId);
        var choices = reply.Choices.Select(c => ReplyButton.Saying(c.Title, c.Say));
        var buttons = (extraButtons ?? []).Concat(choices).Concat(ButtonsFor(reply)).Where(b => profile.SilentButtons || b.Say is not null).ToList();
        var activity = MessageFactory.Text(profile.Text || !profile.Cards ? reply.Text : null);
        if (profile.Cards)
        {
            var card = ReplyCardBuilder.Build(reply, profile.CardButtons ? buttons : null);
            activity.Attachments = [new Attachment(CardJson.ContentType, content: card)];
        }

        AddSuggestedActions(activity, profile, buttons);
        return activity;
    }

    /// <summary>A short notice from the bot itself (privacy, start over, errors) with optional buttons.</summary>
    public static IMessageActivity RenderNotice(string text, string? channelId, IReadOnlyList<ReplyButton>? buttons = null)
    {
        var profile = ChannelProfile.For(channelId);
        var usable = (buttons ?? []).Where(b => profile.SilentButtons || b.Say is not null).ToList();
        var activity = MessageFactory.Text(text);
        if (profile.CardButtons && usable.Count > 0)
        {
            // Teams: the buttons need a card; the text stays in the activity so it reads as a normal message.
            var card = CardJson.Card([], new JArray(usable.Select(ReplyCardBuilder.CardButton)), text);
            activity.Attachments = [new Attachment(CardJson.ContentType, content: card)];
        }

        AddSuggestedActions(activity, profile, usable);
        return activity;
    }

    /// <summary>The follow-up buttons a reply offers: tell me more, related topics, help now, 👍 / 👎.</summary>
    public static IReadOnlyList<ReplyButton> ButtonsFor(Reply reply)
    {
        var buttons = new List<ReplyButton>();
        if (reply.CanTellMore)
        {
            buttons.Add(ReplyButton.Saying(TellMore, "tell me more"));
        }

        buttons.AddRange(reply.Suggestions.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxSuggestions).Select(s => ReplyButton.Saying(s)));

        if (reply.Kind != ReplyKind.Crisis)
        {
            buttons.Add(ReplyButton.Saying(HelpNow));
        }

        if (reply.Kind == ReplyKind.Answer && reply.PassageId is { Length: > 0 } passageId)
        {
            buttons.Add(ReplyButton.Feedback(helpful: true, passageId));
            buttons.Add(ReplyButton.Feedback(helpful: false, passageId));
        }

        return buttons;
    }

    private static void AddSuggestedActions(IMessageActivity activity, ChannelProfile profile, IReadOnlyList<ReplyButton> buttons)
    {
        if (profile.CardButtons || buttons.Count == 0)
        {
            return;
        }

        activity.SuggestedActions = new SuggestedActions
        {
            Actions = buttons.Select(b => b.Say is { } say
                    ? new CardAction(ActionTypes.ImBack, b.Title, value: say)
                    : new CardAction(ActionTypes.MessageBack, b.Title, value: b.Value, displayText: b.Title))
                .ToList(),
        };
    }
}
