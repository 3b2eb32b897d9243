namespace Psychoed.Bot.DirectLine;

/// <summary>The outcome of reading a bearer token.</summary>
public enum TokenCheck
{
    /// <summary>The token is genuine and current.</summary>
    Valid,

    /// <summary>No token, or one this server did not issue.</summary>
    Invalid,

    /// <summary>A genuine token past its expiry.</summary>
    Expired,
}
