using Psychoed.Core.Import;

namespace Psychoed.Cli;

/// <summary>What commands take from the outside world, so tests can supply a fixed clock and a fake network.</summary>
/// <param name="Clock">The time source (import dates, report periods).</param>
/// <param name="CreateHttpHandler">Makes the handler for fetching web pages.</param>
internal sealed record CliEnvironment(TimeProvider Clock, Func<HttpMessageHandler> CreateHttpHandler)
{
    /// <summary>The real clock and network.</summary>
    public static CliEnvironment Default { get; } = new(TimeProvider.System, PageFetcher.CreateHandler);

    /// <summary>Today's date, UTC.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
}
