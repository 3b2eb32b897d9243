using Psychoed.Core.Semantic;

namespace Psychoed.Benchmarks;

/// <summary>The encoder each corpus is embedded with: the real model for the real library, a stand-in for the generated one.</summary>
internal static class BenchmarkEncoders
{
    private static readonly Lazy<MiniLmEncoder> Model = new(() => new MiniLmEncoder());

    public static MiniLmEncoder Real => Model.Value;

    public static ITextEncoder For(string corpus) => corpus == BenchmarkCorpora.Synthetic ? new StandInEncoder() : Real;
}
