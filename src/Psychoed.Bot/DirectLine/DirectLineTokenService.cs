using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Psychoed.Bot.DirectLine;

/// <summary>
/// Issues and reads Direct Line tokens: Data Protection payloads (encrypted and signed, so a visitor can
/// neither read nor forge one) that bind one conversation and one server-assigned user id.
/// </summary>
public sealed class DirectLineTokenService
{
    // The payload carries its own expiry, checked against TimeProvider so expiry is testable; the
    // time-limited protector's own (wall-clock) limit is a backstop a little later than that.
    private static readonly TimeSpan s_protectorGrace = TimeSpan.FromMinutes(5);

    private readonly ITimeLimitedDataProtector _tokens;
    private readonly ITimeLimitedDataProtector _streamTokens;
    private readonly TimeProvider _time;
    private readonly IOptions<DirectLineOptions> _options;

    /// <summary>Creates the service.</summary>
    public DirectLineTokenService(IDataProtectionProvider protection, TimeProvider time, IOptions<DirectLineOptions> options)
    {
        _tokens = protection.CreateProtector("Psychoed.DirectLine.Token.v1").ToTimeLimitedDataProtector();
        _streamTokens = protection.CreateProtector("Psychoed.DirectLine.Stream.v1").ToTimeLimitedDataProtector();
        _time = time;
        _options = options;
    }

    /// <summary>The lifetime of a token, in whole seconds, as <c>expires_in</c> reports it.</summary>
    public int LifetimeSeconds => (int)_options.Value.TokenLifetime.TotalSeconds;

    /// <summary>A token for a brand-new conversation and visitor.</summary>
    public (string Token, DirectLineToken Grant) IssueForNewConversation() =>
        Issue(NewId(), "dl_" + NewId());

    /// <summary>A fresh token for the same conversation and visitor as <paramref name="grant"/>.</summary>
    public (string Token, DirectLineToken Grant) Refresh(DirectLineToken grant) =>
        Issue(grant.ConversationId, grant.UserId);

    /// <summary>Reads a bearer token.</summary>
    public TokenCheck TryRead(string? token, out DirectLineToken? grant)
    {
        grant = null;
        if (string.IsNullOrEmpty(token) || token.Length > 4096)
        {
            return TokenCheck.Invalid;
        }

        string payload;
        try
        {
            payload = _tokens.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return TokenCheck.Invalid;
        }

        var parts = payload.Split('|');
        if (parts.Length != 3 || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TokenCheck.Invalid;
        }

        grant = new DirectLineToken(parts[0], parts[1], DateTimeOffset.FromUnixTimeSeconds(seconds));
        return grant.ExpiresAt <= _time.GetUtcNow() ? TokenCheck.Expired : TokenCheck.Valid;
    }

    /// <summary>A short-lived credential for the WebSocket <c>streamUrl</c> of one conversation.</summary>
    public string IssueStreamToken(string conversationId)
    {
        var expires = _time.GetUtcNow() + _options.Value.StreamTokenLifetime;
        return _streamTokens.Protect(
            conversationId + "|" + expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            expires + s_protectorGrace);
    }

    /// <summary>True when <paramref name="streamToken"/> is a current stream credential for <paramref name="conversationId"/>.</summary>
    public bool IsStreamTokenFor(string? streamToken, string conversationId)
    {
        if (string.IsNullOrEmpty(streamToken) || streamToken.Length > 4096)
        {
            return false;
        }

        try
        {
            var parts = _streamTokens.Unprotect(streamToken).Split('|');
            return parts.Length == 2
                && string.Equals(parts[0], conversationId, StringComparison.Ordinal)
                && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                && DateTimeOffset.FromUnixTimeSeconds(seconds) > _time.GetUtcNow();
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private (string Token, DirectLineToken Grant) Issue(string conversationId, string userId)
    {
        var expires = _time.GetUtcNow() + _options.Value.TokenLifetime;
        // Whole seconds, so the grant read back from the token equals the one returned here.
        expires = DateTimeOffset.FromUnixTimeSeconds(expires.ToUnixTimeSeconds());
        var payload = string.Join('|', conversationId, userId, expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        return (_tokens.Protect(payload, expires + s_protectorGrace), new DirectLineToken(conversationId, userId, expires));
    }

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
