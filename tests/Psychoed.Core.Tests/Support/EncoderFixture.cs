using Psychoed.Core.Semantic;

namespace Psychoed.Core.Tests.Support;

/// <summary>The real MiniLM model, loaded once for the tests that need it (loading takes a second or two).</summary>
public sealed class EncoderFixture : IDisposable
{
    internal MiniLmEncoder Encoder { get; } = new();

    public void Dispose() => Encoder.Dispose();
}

/// <summary>The tests sharing one loaded model.</summary>
[CollectionDefinition(Name)]
public sealed class EncoderCollection : ICollectionFixture<EncoderFixture>
{
    public const string Name = "MiniLM encoder";
}
