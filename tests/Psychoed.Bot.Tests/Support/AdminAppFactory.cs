using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Psychoed.Core.Answers;
using Psychoed.Core.Search;

namespace Psychoed.Bot.Tests.Support;

/// <summary>
/// The real host with a temporary corpus and data folder, an admin API key (or none), a short
/// failed-auth delay and a fixed date; search and answers are fakes.
/// </summary>
public sealed class AdminAppFactory : WebApplicationFactory<Program>
{
    public const string Key = "test-admin-key-0123456789abcdef";

    private readonly string? _apiKey;
    private readonly bool _realSearch;
    private readonly TempFolder _data = new();

    /// <param name="apiKey">The configured key; null for none.</param>
    /// <param name="maxArticleBytes">The upload limit.</param>
    /// <param name="realSearch">Serve searches from the real index that the live reload maintains, instead of a fake.</param>
    public AdminAppFactory(string? apiKey = Key, int maxArticleBytes = 64 * 1024, bool realSearch = false)
    {
        _apiKey = apiKey;
        _realSearch = realSearch;
        MaxArticleBytes = maxArticleBytes;
        Corpus = new TempCorpus();
    }

    public static DateOnly Today { get; } = new(2026, 3, 10);

    internal TempCorpus Corpus { get; }

    public string DataPath => _data.Path;

    public int MaxArticleBytes { get; }

    /// <summary>A client that sends the right key.</summary>
    public HttpClient CreateAdminClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Psychoed:DataPath", _data.Path);
        builder.UseSetting("Psychoed:CorpusPath", Corpus.Root);
        builder.UseSetting("Psychoed:Admin:ApiKey", _apiKey ?? "");
        builder.UseSetting("Psychoed:Admin:FailedAuthDelay", "00:00:00.010");
        builder.UseSetting("Psychoed:Admin:MaxArticleBytes", MaxArticleBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Psychoed:Reload:Debounce", "00:00:00.050");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IAnswerPipeline>();
            services.AddSingleton<IAnswerPipeline>(new FakeAnswerPipeline());
            if (!_realSearch)
            {
                services.RemoveAll<IPassageSearch>();
                services.AddSingleton<IPassageSearch>(new FakePassageSearch());
            }

            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _data.Dispose();
            Corpus.Dispose();
        }
    }
}
