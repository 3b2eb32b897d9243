using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Psychoed.Bot.Corpus;

/// <summary>Registers the live reload of the corpus.</summary>
public static class CorpusReloadExtensions
{
    /// <summary>Adds the corpus watcher, the reloader and the status tracker (needs the search index manager registered).</summary>
    public static WebApplicationBuilder AddPsychoedCorpusReload(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ReloadOptions>().BindConfiguration(ReloadOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CorpusStatusTracker>();
        services.AddSingleton<CorpusReloader>();
        services.AddHostedService<CorpusReloadService>();
        return builder;
    }
}
