namespace Psychoed.Bot.WebChat;

/// <summary>A token from Azure's Direct Line <c>tokens/generate</c>.</summary>
/// <param name="Token">The conversation token for the browser.</param>
/// <param name="ConversationId">The conversation it is bound to.</param>
/// <param name="ExpiresIn">Seconds until it expires.</param>
public sealed record AzureDirectLineToken(string Token, string ConversationId, int ExpiresIn);
