using Microsoft.Extensions.DependencyInjection.Extensions;
using Psychoed.Core.Answers;
using Psychoed.Core.Search;

namespace Psychoed.Bot.Hosting;

/// <summary>Registers the Core services the bot uses: the passage search and the answer pipeline.</summary>
public static class CoreServiceExtensions
{
    /// <summary>Adds the search index and the answer pipeline.</summary>
    public static WebApplicationBuilder AddPsychoedCore(this WebApplicationBuilder builder)
    {
        // Temporary until Core's SearchIndexManager and AnswerPipeline land on main.
        builder.Services.TryAddSingleton<IPassageSearch, NotReadyPassageSearch>();
        builder.Services.TryAddSingleton<IAnswerPipeline, NotReadyAnswerPipeline>();
        return builder;
    }
}
