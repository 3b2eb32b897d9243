using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Psychoed.Bot.Tests.Support;

/// <summary>
/// A stand-in for the Psychoed bot with the same reply shapes (welcome, answer card with source,
/// disclaimer and referral, crisis resources first, suggested actions), so the website chat's
/// transport and rendering are tested apart from the answers themselves.
/// </summary>
internal sealed class ScriptedBot : ActivityHandler
{
    public const string Welcome = "Hello, this is Psychoed. Ask me about anxiety, mood, trauma or treatments.";
    public const string Source = "Source: Panic attacks - What a panic attack feels like";
    public const string Disclaimer = "This is general information, not medical advice.";
    public const string Referral = "To talk it through with someone, call the clinic on 555-0100.";
    public const string CrisisLead = "Thank you for telling me. You deserve support right now.";

    protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var visitorJoined = membersAdded.Any(m => m.Id != turnContext.Activity.Recipient.Id);
        return visitorJoined
            ? turnContext.SendActivityAsync(WithSuggestions(MessageFactory.Text(Welcome), "Panic attacks", "Sleep"), cancellationToken)
            : Task.CompletedTask;
    }

    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text ?? string.Empty;
        if (text.Contains("throw", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("scripted failure");
        }

        return text.Contains("kill myself", StringComparison.OrdinalIgnoreCase) || text.Contains("help now", StringComparison.OrdinalIgnoreCase)
            ? turnContext.SendActivityAsync(Crisis(), cancellationToken)
            : turnContext.SendActivityAsync(Answer(text), cancellationToken);
    }

    private static IMessageActivity Answer(string question)
    {
        var card = JObject.FromObject(new
        {
            type = "AdaptiveCard",
            version = "1.5",
            body = new object[]
            {
                new { type = "TextBlock", text = "A panic attack is a sudden rush of intense fear with strong body feelings.", wrap = true },
                new { type = "TextBlock", text = Source, wrap = true, isSubtle = true, size = "Small" },
                new { type = "TextBlock", text = Disclaimer, wrap = true, size = "Small" },
                new { type = "TextBlock", text = Referral, wrap = true, size = "Small" },
            },
        });
        card["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json";
        var reply = MessageFactory.Attachment(new Attachment("application/vnd.microsoft.card.adaptive", content: card));
        reply.Text = $"You asked: {question}";
        return WithSuggestions(reply, "Tell me more", "I need help now");
    }

    private static IMessageActivity Crisis()
    {
        var reply = MessageFactory.Text(CrisisLead + " Call or text 988 (988 Suicide & Crisis Lifeline, 24/7). Text HOME to 741741. Call 911 in an emergency.");
        return WithSuggestions(reply, "Call 988", "Keep talking");
    }

    private static IMessageActivity WithSuggestions(IMessageActivity activity, params string[] labels)
    {
        activity.SuggestedActions = new SuggestedActions
        {
            Actions = [.. labels.Select(l => new CardAction(ActionTypes.ImBack, l, value: l))],
        };
        return activity;
    }
}
