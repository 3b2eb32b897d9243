using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Psychoed.Core.Serving;

namespace Psychoed.Bot.Tests.Support;

/// <summary>
/// The real host with the real Core services on the repository corpus and a temporary data folder.
/// The background corpus load is taken out so a test loads it itself and waits for it, deterministically.
/// </summary>
public sealed class RealCorpusAppFactory : WebApplicationFactory<Program>
{
    private readonly TempFolder _data = new();

    /// <summary>Loads the corpus and its index, as the background service would.</summary>
    public Task LoadCorpusAsync() => Services.GetRequiredService<CorpusServer>().LoadAsync(CancellationToken.None);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Psychoed:DataPath", _data.Path);
        builder.UseSetting("Psychoed:CorpusPath", Repository.Path("corpus"));
        builder.ConfigureTestServices(services =>
        {
            BotAppFactory.RemoveHostedService<Psychoed.Bot.Corpus.CorpusReloadService>(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _data.Dispose();
        }
    }
}
