using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Psychoed.Bot.Corpus;
using Psychoed.Core.Answers;
using Psychoed.Core.Search;

namespace Psychoed.Bot.Tests.Support;

/// <summary>
/// The real host (<c>Program</c>) with a temporary data folder, the fake pipeline and a fake search
/// whose readiness tests control. Everything else — adapter, auth, SQLite state — is real.
/// </summary>
public sealed class BotAppFactory : WebApplicationFactory<Program>
{
    private readonly TempFolder? _owned;

    /// <summary>A host on a fresh temporary data folder.</summary>
    public BotAppFactory()
    {
        _owned = new TempFolder();
        DataPath = _owned.Path;
    }

    private BotAppFactory(string dataPath) => DataPath = dataPath;

    /// <summary>A host on an existing data folder (to restart on the same database); the caller deletes it.</summary>
    public static BotAppFactory OnDataFolder(string dataPath) => new(dataPath);

    internal FakeAnswerPipeline Pipeline { get; } = new();

    internal FakePassageSearch Search { get; } = new();

    /// <summary>The data folder the host uses.</summary>
    public string DataPath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Psychoed:DataPath", DataPath);
        builder.ConfigureTestServices(services =>
        {
            // The corpus is not loaded: the fakes stand in for the pipeline and the index.
            RemoveHostedService<CorpusReloadService>(services);
            services.RemoveAll<IAnswerPipeline>();
            services.RemoveAll<IPassageSearch>();
            services.AddSingleton<IAnswerPipeline>(Pipeline);
            services.AddSingleton<IPassageSearch>(Search);
        });
    }

    internal static void RemoveHostedService<T>(IServiceCollection services)
    {
        foreach (var descriptor in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(T)).ToList())
        {
            services.Remove(descriptor);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _owned?.Dispose();
        }
    }
}
