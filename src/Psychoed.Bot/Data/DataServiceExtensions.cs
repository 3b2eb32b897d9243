using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Psychoed.Bot.Hosting;
using Psychoed.Data;

namespace Psychoed.Bot.Data;

/// <summary>Registers the SQLite database, the bot state storage over it, feedback and the retention purge.</summary>
public static class DataServiceExtensions
{
    /// <summary>Adds the database (<c>{DataPath}/psychoed.db</c>), state, feedback and the purge.</summary>
    public static WebApplicationBuilder AddPsychoedData(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new PsychoedDatabase(
            Path.Combine(sp.GetRequiredService<IOptions<PsychoedOptions>>().Value.DataPath, PsychoedDatabase.FileName)));
        services.AddHostedService<DatabaseStartup>();
        // A database that fails after start must not stop the bot answering: state degrades to "not remembered".
        services.AddSingleton<IStorage>(sp => new FailSoftStorage(
            new SqliteStorage(sp.GetRequiredService<PsychoedDatabase>(), sp.GetRequiredService<TimeProvider>()),
            sp.GetRequiredService<ILogger<FailSoftStorage>>()));
        services.AddSingleton<ConversationState>();
        services.AddSingleton(sp => DataOptionsFrom(sp.GetRequiredService<IOptions<PsychoedOptions>>().Value));
        services.AddSingleton(sp => new SqliteFeedbackStore(
            sp.GetRequiredService<PsychoedDatabase>(), sp.GetRequiredService<DataOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IFeedbackStore>(sp => sp.GetRequiredService<SqliteFeedbackStore>());
        services.AddHostedService<RetentionPurgeService>();
        return builder;
    }

    private static DataOptions DataOptionsFrom(PsychoedOptions options) => new()
    {
        FeedbackRetentionDays = options.FeedbackRetentionDays,
        StateRetentionDays = options.StateRetentionDays,
        HashSalt = options.HashSalt,
    };
}
