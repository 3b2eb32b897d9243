using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Psychoed.Core.Semantic;

namespace Psychoed.Benchmarks;

/// <summary>
/// One message encoded per invocation with the real model (one intra-op thread, as served), so the
/// iteration statistics are the latency distribution (median = p50, P99). Messages are our own writing.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 20, iterationCount: 200, invocationCount: 1)]
public class EncodeBenchmarks
{
    private const string Short = "how can I stop panic attacks";

    private const string Long =
        "Hi, sorry this is long. For the last few months I have been waking up at four in the morning and I cannot get back to sleep. " +
        "During the day I feel flat and tired, I have stopped seeing my friends and I do not enjoy the things I used to, like running and cooking. " +
        "My partner says I seem far away and I snap at small things. Work has been busy but nothing terrible has happened. " +
        "Is this just stress or could it be depression, and what can I do about it before it gets worse?";

    private MiniLmEncoder _encoder = null!;

    [GlobalSetup]
    public void Setup()
    {
        _encoder = BenchmarkEncoders.Real;
        _encoder.Encode(Short);
    }

    [Benchmark(Description = "Encode a short message (6 words)")]
    public float[] EncodeShort() => _encoder.Encode(Short);

    [Benchmark(Description = "Encode a long message (95 words)")]
    public float[] EncodeLong() => _encoder.Encode(Long);
}
