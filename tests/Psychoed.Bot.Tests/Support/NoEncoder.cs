using System.Runtime.CompilerServices;

namespace Psychoed.Bot.Tests.Support;

/// <summary>
/// The bot tests search with BM25 only (Psychoed:Encoder:Enabled=false through the environment):
/// embedding the corpus for every test host would take minutes. The semantic path is tested in
/// Psychoed.Core.Tests.
/// </summary>
internal static class NoEncoder
{
    // A test assembly has no other hook that runs before every test host reads its configuration.
#pragma warning disable CA2255
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void TurnOff() => Environment.SetEnvironmentVariable("Psychoed__Encoder__Enabled", "false");
}
