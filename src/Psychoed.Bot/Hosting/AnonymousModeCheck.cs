using Microsoft.Extensions.Options;

namespace Psychoed.Bot.Hosting;

/// <summary>
/// Refuses to start outside Development without a Microsoft App ID, unless anonymous mode is asked
/// for explicitly: an anonymous bot on the internet would accept activities from anyone.
/// </summary>
internal sealed class AnonymousModeCheck(IHostEnvironment environment, IOptions<PsychoedOptions> psychoed)
    : IValidateOptions<BotCredentialOptions>
{
    public ValidateOptionsResult Validate(string? name, BotCredentialOptions options)
    {
        if (options.IsAuthenticated || environment.IsDevelopment() || psychoed.Value.AllowAnonymous)
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(
            $"The bot is running in the {environment.EnvironmentName} environment without a Microsoft App ID, so anyone could post " +
            "activities to it. Set MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType and MicrosoftAppTenantId " +
            "(environment variables, user-secrets or App Service settings) from your Azure Bot registration, " +
            "or set Psychoed__AllowAnonymous=true to run without authentication on a private network, " +
            "or ASPNETCORE_ENVIRONMENT=Development for local testing.");
    }
}
