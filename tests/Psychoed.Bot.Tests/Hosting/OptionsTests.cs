using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Psychoed.Bot.Hosting;
using Psychoed.Bot.Tests.Support;

namespace Psychoed.Bot.Tests.Hosting;

public sealed class OptionsTests : IDisposable
{
    private readonly BotAppFactory _factory = new();

    [Fact]
    public void The_defaults_find_the_repository_corpus_and_use_the_us_region()
    {
        var options = _factory.Services.GetRequiredService<IOptions<PsychoedOptions>>().Value;

        Assert.True(Directory.Exists(Path.Combine(options.CorpusPath, "articles")), options.CorpusPath);
        Assert.Equal("corpus", Path.GetFileName(options.CorpusPath));
        Assert.Equal("US", options.Region);
        Assert.Equal(90, options.FeedbackRetentionDays);
        Assert.Equal(_factory.DataPath, options.DataPath);
    }

    [Fact]
    public void Settings_from_configuration_override_the_defaults()
    {
        using var folder = new TempFolder();
        var configured = _factory.WithWebHostBuilder(b => b
            .UseSetting("Psychoed:CorpusPath", folder.Path)
            .UseSetting("Psychoed:Region", "gb")
            .UseSetting("Psychoed:FeedbackRetentionDays", "30"));

        var options = configured.Services.GetRequiredService<IOptions<PsychoedOptions>>().Value;

        Assert.Equal(folder.Path, options.CorpusPath);
        Assert.Equal("GB", options.Region);
        Assert.Equal(30, options.FeedbackRetentionDays);
    }

    [Fact]
    public void An_unsupported_region_stops_the_start_with_a_clear_message()
    {
        var configured = _factory.WithWebHostBuilder(b => b.UseSetting("Psychoed:Region", "FR"));

        var error = Assert.ThrowsAny<Exception>(() => configured.CreateClient());

        Assert.Contains("Psychoed:Region must be one of US, GB, CA, AU, IE", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_corpus_is_found_by_walking_up_from_a_nested_folder()
    {
        var repository = PsychoedPathsSetupProbe.FindCorpus(AppContext.BaseDirectory);

        Assert.NotNull(repository);
        Assert.True(File.Exists(Path.Combine(repository, "topics.yaml")));
    }

    public void Dispose() => _factory.Dispose();
}
