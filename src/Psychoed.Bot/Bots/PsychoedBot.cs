using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;

namespace Psychoed.Bot.Bots;

/// <summary>The activity handler shared by every channel.</summary>
public sealed class PsychoedBot : TeamsActivityHandler
{
    /// <inheritdoc />
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        await turnContext.SendActivityAsync(MessageFactory.Text("Psychoed is starting up."), cancellationToken);
    }
}
