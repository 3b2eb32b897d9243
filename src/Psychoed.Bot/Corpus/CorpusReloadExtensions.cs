using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Psychoed.Bot.Corpus;

/// <summary>Registers the live reload of the corpus.</summary>
public static class CorpusReloadExtensions
{
    /// <summary>Adds the service that loads the corpus once at start and again when its files change (needs the corpus server registered).</summary>
    public static WebApplicationBuilder AddPsychoedCorpusReload(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ReloadOptions>().BindConfiguration(ReloadOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<CorpusReloadService>();
        return builder;
    }
}
