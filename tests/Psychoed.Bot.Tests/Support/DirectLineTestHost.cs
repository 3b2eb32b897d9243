using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Psychoed.Bot.Tests.Support;

/// <summary>
/// The app on TestServer with the stand-in bot, a fake clock (starting now, so Data Protection's own
/// wall-clock limit agrees), and optional settings, for the Direct Line protocol tests.
/// </summary>
internal sealed class DirectLineTestHost : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly bool _fakeTime;
    private readonly string? _environment;

    /// <param name="settings">Configuration to set.</param>
    /// <param name="services">Service changes after the app's own.</param>
    /// <param name="fakeTime">Replace the app's clock with <see cref="Time"/>; off where real delays must run (HTTP resilience).</param>
    /// <param name="environment">The host environment; Development (the factory's default) when null.</param>
    public DirectLineTestHost(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, bool fakeTime = true, string? environment = null)
    {
        _environment = environment;
        _settings = settings ?? new Dictionary<string, string?>();
        _services = services;
        _fakeTime = fakeTime;
    }

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public DirectLineTestClient NewClient() => new(CreateClient());

    // The bot's own data (database, index) goes to a folder of this host's, removed afterwards.
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "psychoed-webchat-tests-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Psychoed:DataPath", _dataPath);
        if (_environment is not null)
        {
            builder.UseEnvironment(_environment);
        }

        builder.UseSetting("Psychoed:DirectLine:RequestsPerAddress", "100000");
        builder.UseSetting("Psychoed:DirectLine:TokensPerAddress", "1000");
        builder.UseSetting("Psychoed:DirectLine:PostsPerConversation", "1000");
        // An hour-long window: a limit test cannot straddle two windows.
        builder.UseSetting("Psychoed:DirectLine:RateLimitWindow", "01:00:00");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            if (_fakeTime)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Time);
            }

            services.AddTransient<IBot, ScriptedBot>();
            _services?.Invoke(services);
        });
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
