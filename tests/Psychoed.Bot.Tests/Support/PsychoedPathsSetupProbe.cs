namespace Psychoed.Bot.Tests.Support;

/// <summary>Exposes the corpus search of the internal paths setup to tests.</summary>
internal static class PsychoedPathsSetupProbe
{
    public static string? FindCorpus(string start) => Psychoed.Bot.Hosting.PsychoedPathsSetup.FindCorpus(start);
}
