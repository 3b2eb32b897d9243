namespace Psychoed.Bot.DirectLine;

/// <summary>Limits and lifetimes of the embedded Direct Line endpoint, bound from <c>Psychoed:DirectLine</c>.</summary>
public sealed class DirectLineOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Psychoed:DirectLine";

    /// <summary>How long a token is valid; a client refreshes it before then.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long the one-use <c>streamUrl</c> credential is valid for opening the WebSocket.</summary>
    public TimeSpan StreamTokenLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A conversation with no activity for this long is forgotten.</summary>
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>At most this many conversations are kept in memory; the longest idle goes first.</summary>
    public int MaxConversations { get; set; } = 5000;

    /// <summary>At most this many activities are kept per conversation; the oldest go first.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>
    /// The longest message text accepted, in characters. Well above what the bot answers in full, so the
    /// bot, not this endpoint, tells a visitor their message is too long (after screening it for a crisis).
    /// </summary>
    public int MaxTextLength { get; set; } = 16_000;

    /// <summary>The largest activity body accepted, in bytes.</summary>
    public int MaxActivityBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// The most <c>channelData</c> kept on a visitor's message or event, in bytes of JSON; more is cut to
    /// the fields Web Chat needs (<c>clientActivityID</c>, <c>clientTimestamp</c>). A typing activity keeps none.
    /// </summary>
    public int MaxChannelDataBytes { get; set; } = 1024;

    /// <summary>The most <c>entities</c> kept on a visitor's message or event, in bytes of JSON; a larger list is dropped.</summary>
    public int MaxEntitiesBytes { get; set; } = 2048;

    /// <summary>The largest <c>value</c> (a card submit, an event payload) accepted, in bytes of JSON; larger gets 413.</summary>
    public int MaxValueBytes { get; set; } = 4096;

    /// <summary>At most this many bytes of activities are kept per conversation; the oldest go first.</summary>
    public int MaxConversationBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// The memory budget of all conversations together, in bytes of stored activity JSON; over it, the
    /// longest-idle conversations are forgotten first.
    /// </summary>
    public long MaxTotalBytes { get; set; } = 128L * 1024 * 1024;

    /// <summary>Activities a single conversation may post per <see cref="RateLimitWindow"/>.</summary>
    public int PostsPerConversation { get; set; } = 30;

    /// <summary>Direct Line requests (any kind) one client address may make per <see cref="RateLimitWindow"/>.</summary>
    public int RequestsPerAddress { get; set; } = 600;

    /// <summary>Tokens (new conversations) one client address may get per <see cref="RateLimitWindow"/>.</summary>
    public int TokensPerAddress { get; set; } = 30;

    /// <summary>The window the rate limits above count over.</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the WebSocket stream sends an empty keep-alive frame.</summary>
    public TimeSpan StreamKeepAlive { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The bot's id as the visitor sees it in <c>from.id</c>.</summary>
    public string BotId { get; set; } = "psychoed";

    /// <summary>The bot's display name.</summary>
    public string BotName { get; set; } = "Psychoed";
}
