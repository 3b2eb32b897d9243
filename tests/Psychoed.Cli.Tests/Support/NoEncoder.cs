using System.Runtime.CompilerServices;

namespace Psychoed.Cli.Tests.Support;

/// <summary>
/// The CLI tests search with BM25 only: embedding the corpus for every temporary data folder would
/// take minutes. The semantic path is tested in Psychoed.Core.Tests.
/// </summary>
internal static class NoEncoder
{
    // A test assembly has no other hook that runs before every test host reads its configuration.
#pragma warning disable CA2255
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void TurnOff() => Environment.SetEnvironmentVariable("Psychoed__Encoder__Enabled", "false");
}
