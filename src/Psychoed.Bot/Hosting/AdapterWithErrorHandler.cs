using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Psychoed.Bot.Rendering;
using Psychoed.Core.Conversation;

namespace Psychoed.Bot.Hosting;

/// <summary>
/// The Bot Framework adapter, with a turn-error handler that logs the activity's ids (never its
/// text), tells the user something kind with a way to get help now (never a stack trace), and
/// clears the conversation state so a bad state cannot fail every later turn.
/// </summary>
public sealed class AdapterWithErrorHandler : CloudAdapter
{
    /// <summary>Creates the adapter.</summary>
    public AdapterWithErrorHandler(
        BotFrameworkAuthentication auth,
        ILogger<AdapterWithErrorHandler> logger,
        ConversationEngine engine,
        ConversationState? conversationState = null)
        : base(auth, logger)
    {
        var message = engine.TurnErrorText();
        OnTurnError = async (turnContext, exception) =>
        {
            var activity = turnContext.Activity;
            logger.LogError(exception,
                "Unhandled error in turn: activity {ActivityId}, type {ActivityType}, conversation {ConversationId}, channel {ChannelId}",
                activity?.Id, activity?.Type, activity?.Conversation?.Id, activity?.ChannelId);

            try
            {
                await turnContext.SendActivityAsync(
                    ReplyRenderer.RenderNotice(message, activity?.ChannelId, [ReplyButton.Saying(ReplyRenderer.HelpNow)]));
            }
            catch (Exception sendError)
            {
                logger.LogError(sendError, "Could not tell the user about the error in activity {ActivityId}", activity?.Id);
            }

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
