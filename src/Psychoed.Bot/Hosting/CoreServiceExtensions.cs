using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Psychoed.Core.Answers;
using Psychoed.Core.Conversation;
using Psychoed.Core.Search;
using Psychoed.Core.Semantic;
using Psychoed.Core.Serving;

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
        // One sentence-embedding model for the process (Psychoed:Encoder), shared by retrieval and the
        // safety screen; when it is off or fails to load, search is BM25 only.
        services.AddOptions<EncoderOptions>().BindConfiguration($"{PsychoedOptions.SectionName}:{EncoderOptions.SectionName}");
        services.AddSingleton(sp => new SemanticModel(TextEncoderLoader.Load(
            sp.GetRequiredService<IOptions<EncoderOptions>>().Value, sp.GetRequiredService<ILogger<SemanticModel>>())));
        services.AddSingleton(sp => new SearchIndexManager(
            sp.GetRequiredService<IOptions<SearchOptions>>().Value,
            sp.GetRequiredService<SemanticModel>().Encoder,
            sp.GetRequiredService<ILogger<SearchIndexManager>>()));
        services.AddSingleton<IPassageSearch>(sp => sp.GetRequiredService<SearchIndexManager>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new CorpusServer(
            sp.GetRequiredService<IOptions<PsychoedOptions>>().Value.CorpusPath,
            sp.GetRequiredService<IOptions<PsychoedOptions>>().Value.DataPath,
            sp.GetRequiredService<SearchIndexManager>(),
            sp.GetRequiredService<ILogger<CorpusServer>>(),
            sp.GetRequiredService<TimeProvider>()));

        // The pipeline's region and clinic contacts default to the bot's own settings; Psychoed:Pipeline overrides them.
        services.AddOptions<PipelineOptions>()
            .BindConfiguration(PipelineOptions.SectionName)
            .PostConfigure<IOptions<PsychoedOptions>>((pipeline, psychoed) => DefaultFrom(pipeline, psychoed.Value));
        services.AddSingleton<IAnswerPipeline, ServingPipeline>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<PsychoedOptions>>().Value.ToConversationOptions());
        services.AddSingleton(sp => new ConversationEngine(
            sp.GetRequiredService<IAnswerPipeline>(), sp.GetRequiredService<ConversationOptions>(), sp.GetRequiredService<ILogger<ConversationEngine>>()));
        return builder;
    }

    private static void DefaultFrom(PipelineOptions pipeline, PsychoedOptions psychoed)
    {
        pipeline.Region = psychoed.Region;
        if (string.IsNullOrWhiteSpace(pipeline.ClinicName) && psychoed.Clinic.Name.Length > 0)
        {
            pipeline.ClinicName = psychoed.Clinic.Name;
        }

        if (string.IsNullOrWhiteSpace(pipeline.ClinicIntakePhone) && psychoed.Clinic.Phone.Length > 0)
        {
            pipeline.ClinicIntakePhone = psychoed.Clinic.Phone;
        }

        if (string.IsNullOrWhiteSpace(pipeline.ClinicIntakeUrl) && psychoed.Clinic.Url.Length > 0)
        {
            pipeline.ClinicIntakeUrl = psychoed.Clinic.Url;
        }
    }
}
