using Microsoft.Extensions.Options;
using Psychoed.Core.Answers;
using Psychoed.Core.Search;

namespace Psychoed.Bot.Hosting;

/// <summary>Registers the Core services the bot uses: the corpus, the passage search and the answer pipeline.</summary>
public static class CoreServiceExtensions
{
    /// <summary>
    /// Adds the search index (under <c>{DataPath}/index</c>, tuned from <c>Psychoed:Search</c>), the corpus
    /// loaded at start from <c>Psychoed:CorpusPath</c>, and the answer pipeline.
    /// </summary>
    public static WebApplicationBuilder AddPsychoedCore(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SearchOptions>()
            .BindConfiguration($"{PsychoedOptions.SectionName}:Search")
            .PostConfigure<IOptions<PsychoedOptions>>((search, psychoed) => search.DataPath = psychoed.Value.DataPath);
        services.AddSingleton(sp => new SearchIndexManager(sp.GetRequiredService<IOptions<SearchOptions>>().Value));
        services.AddSingleton<IPassageSearch>(sp => sp.GetRequiredService<SearchIndexManager>());
        services.AddSingleton<CorpusRuntime>();
        services.AddHostedService<CorpusStartupService>();

        // Temporary until Core's AnswerPipeline lands on main.
        services.AddSingleton<IAnswerPipeline, NotReadyAnswerPipeline>();
        return builder;
    }
}
