namespace Psychoed.Cli.Tests.Support;

/// <summary>A clock that always says the same moment.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
