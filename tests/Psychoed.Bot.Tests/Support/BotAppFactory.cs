using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Psychoed.Core.Answers;
using Psychoed.Core.Search;

namespace Psychoed.Bot.Tests.Support;

/// <summary>
/// The real host (<c>Program</c>) with a temporary data folder, the fake pipeline and a fake search
/// whose readiness tests control. Everything else — adapter, auth, SQLite state — is real.
/// </summary>
public sealed class BotAppFactory : WebApplicationFactory<Program>
{
    private readonly TempFolder _data = new();

    internal FakeAnswerPipeline Pipeline { get; } = new();

    internal FakePassageSearch Search { get; } = new();

    /// <summary>The data folder the host uses.</summary>
    public string DataPath => _data.Path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Psychoed:DataPath", _data.Path);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IAnswerPipeline>();
            services.RemoveAll<IPassageSearch>();
            services.AddSingleton<IAnswerPipeline>(Pipeline);
            services.AddSingleton<IPassageSearch>(Search);
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
