namespace Psychoed.Bot.Hosting;

/// <summary>
/// The Bot Framework credentials, read from the configuration root with the names the SDK uses
/// (<c>MicrosoftAppId</c>, ...). Only the startup check reads them; the SDK reads its own copy.
/// </summary>
public sealed class BotCredentialOptions
{
    /// <summary>MultiTenant, SingleTenant or UserAssignedMSI.</summary>
    public string MicrosoftAppType { get; set; } = "";

    /// <summary>The Azure Bot's app (client) id; empty means anonymous.</summary>
    public string MicrosoftAppId { get; set; } = "";

    /// <summary>The tenant, for single-tenant bots.</summary>
    public string MicrosoftAppTenantId { get; set; } = "";

    /// <summary>True when an app id is configured, so every request needs a valid bearer token.</summary>
    public bool IsAuthenticated => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}
