using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Psychoed.Benchmarks;

// In-process: the generated-project toolchain would rebuild the solution under this repository's
// strict build settings; in-process runs the code as built here. Outliers are kept: P99 is the point.
// The timeout allows an index build that embeds every passage with the real model (a minute or more
// on a busy two-core machine; the default five-minute limit stops the build benchmark).
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)).WithOutlierMode(Perfolizer.Mathematics.OutlierDetection.OutlierMode.DontRemove).AsDefault())
    .AddColumn(new P99Column())
    .WithOptions(ConfigOptions.JoinSummary);
BenchmarkSwitcher.FromAssembly(typeof(QueryBenchmarks).Assembly).Run(args, config);
