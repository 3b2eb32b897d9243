namespace Psychoed.Bot.DirectLine;

/// <summary>Endpoint metadata naming which of the website chat's rate limits apply to a route.</summary>
public sealed class DirectLineRateLimit
{
    private DirectLineRateLimit(string name) => Name = name;

    /// <summary>Any Direct Line request: counted per client address.</summary>
    public static DirectLineRateLimit Requests { get; } = new("requests");

    /// <summary>Posting an activity: also counted per conversation (that is, per token).</summary>
    public static DirectLineRateLimit Posts { get; } = new("posts");

    /// <summary>Getting a token for a new conversation: counted per client address.</summary>
    public static DirectLineRateLimit Tokens { get; } = new("tokens");

    /// <summary>The limit's name, as used in partition keys.</summary>
    public string Name { get; }
}
