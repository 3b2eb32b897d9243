using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Psychoed.Bot.Tests.Support;

/// <summary>
/// The real app on Kestrel at a free loopback port (not TestServer), for clients outside the process:
/// the Node Direct Line client and the browser. Optionally with a stand-in bot.
/// </summary>
internal sealed class KestrelBotServer : WebApplicationFactory<Program>
{
    private readonly Func<IBot>? _bot;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public KestrelBotServer(Func<IBot>? bot = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _bot = bot;
        _settings = settings ?? new Dictionary<string, string?>();
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().TrimEnd('/');
    }

    /// <summary>The server's address, e.g. http://127.0.0.1:40123.</summary>
    public string BaseUrl { get; }

    /// <summary>Waits until <c>/readyz</c> says the corpus and index are loaded (the real bot answers only then).</summary>
    public async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (true)
        {
            var response = await http.GetAsync("/readyz");
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The bot was not ready within 2 minutes: " + await response.Content.ReadAsStringAsync());
            }

            await Task.Delay(200);
        }
    }

    // The bot's own data (database, index) goes to a folder of this host's, removed afterwards.
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "psychoed-webchat-tests-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Psychoed:DataPath", _dataPath);
        builder.UseEnvironment("Development");
        // Generous limits: one test client makes many requests from one address.
        builder.UseSetting("Psychoed:DirectLine:RequestsPerAddress", "100000");
        builder.UseSetting("Psychoed:DirectLine:TokensPerAddress", "1000");
        builder.UseSetting("Psychoed:DirectLine:PostsPerConversation", "1000");
        // The browser test's clinic page (embed.js) is served from loopback on another port: the
        // configured list that lets a clinic's site frame the chat.
        builder.UseSetting("Psychoed:WebChat:FrameAncestors", "http://127.0.0.1:*");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_bot is not null)
        {
            builder.ConfigureServices(services => services.AddTransient(_ => _bot()));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            if (Directory.Exists(_dataPath))
            {
                Directory.Delete(_dataPath, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still held open; the temp folder is cleaned up by the system.
        }
    }
}
