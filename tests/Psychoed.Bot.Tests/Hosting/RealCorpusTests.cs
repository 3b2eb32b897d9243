using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Psychoed.Bot.Hosting;
using Psychoed.Bot.Tests.Support;

namespace Psychoed.Bot.Tests.Hosting;

/// <summary>The host on the repository's own corpus and the real search index.</summary>
public sealed class RealCorpusTests(RealCorpusAppFactory factory) : IClassFixture<RealCorpusAppFactory>
{
    [Fact]
    public async Task Readyz_turns_ok_once_the_corpus_and_index_are_loaded()
    {
        using var client = factory.CreateClient();

        await factory.LoadCorpusAsync();

        var response = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var runtime = factory.Services.GetRequiredService<CorpusRuntime>();
        Assert.Null(runtime.LastError);
        Assert.True(runtime.LastIndexResult!.Passages > 100, runtime.LastIndexResult.ToString());
    }
}
