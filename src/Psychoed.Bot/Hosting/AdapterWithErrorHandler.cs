using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace Psychoed.Bot.Hosting;

/// <summary>The Bot Framework adapter, with a turn-error handler that never shows a stack trace.</summary>
public sealed class AdapterWithErrorHandler : CloudAdapter
{
    /// <summary>Creates the adapter.</summary>
    public AdapterWithErrorHandler(
        BotFrameworkAuthentication auth,
        ILogger<AdapterWithErrorHandler> logger,
        ConversationState? conversationState = null)
        : base(auth, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            var activity = turnContext.Activity;
            logger.LogError(exception,
                "Unhandled error in turn: activity {ActivityId}, conversation {ConversationId}, channel {ChannelId}",
                activity?.Id, activity?.Conversation?.Id, activity?.ChannelId);

            await turnContext.SendActivityAsync(
                "Sorry, something went wrong on our side. Please try again. " +
                "If you need help right now, type \"I need help now\" or call or text 988 (US).");

            if (conversationState is not null)
            {
                try
                {
                    await conversationState.DeleteAsync(turnContext);
                }
                catch (Exception stateError)
                {
                    logger.LogError(stateError, "Could not clear conversation state after a turn error");
                }
            }
        };
    }
}
