namespace Psychoed.Bot.Tests.Support;

/// <summary>A clock whose "now" never moves; timers still run on real time.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
