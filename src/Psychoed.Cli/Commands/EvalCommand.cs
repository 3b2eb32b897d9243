using System.CommandLine;
using Psychoed.Core.Corpus;
using Psychoed.Core.Eval;
using Psychoed.Core.Search;

namespace Psychoed.Cli.Commands;

/// <summary>
/// <c>psychoed eval</c>: measures retrieval on the evaluation set (Recall@1/@3, MRR, "not covered"
/// accuracy, per topic, misses) next to a plain BM25 baseline. Exits 1 when a target is missed, 2 on bad input.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var corpus = CommonOptions.Corpus();
        var data = CommonOptions.Data();
        var set = new Option<FileInfo?>("--set")
        {
            Description = "The evaluation file (default: eval/questions.yaml in the corpus folder).",
        };
        var tune = new Option<bool>("--tune") { Description = "Also try a grid of BM25 k1/b values and print each." };
        var misses = new Option<EvalHalf>("--misses")
        {
            Description = "Which half of the set to list misses from: all, odd (the tuning half) or even (held out).",
            DefaultValueFactory = _ => EvalHalf.All,
        };
        var command = new Command("eval", "Measure retrieval on the evaluation set against a plain BM25 baseline.")
        {
            set, corpus, data, tune, misses,
        };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var corpusPath = parse.GetValue(corpus)!.FullName;
            var setPath = parse.GetValue(set)?.FullName ?? Path.Combine(corpusPath, "eval", "questions.yaml");
            try
            {
                var snapshot = await CorpusLoader.LoadAsync(corpusPath, ct);
                foreach (var diagnostic in snapshot.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
                {
                    await error.WriteLineAsync($"{diagnostic} (left out of the index)");
                }

                var evalSet = await EvalSet.LoadAsync(setPath, ct);
                var options = new EvalRunOptions
                {
                    Search = new SearchOptions { DataPath = parse.GetValue(data)!.FullName },
                    Encoder = Answering.CliEncoder.Get(error),
                    TuneBm25 = parse.GetValue(tune),
                    MissesFrom = parse.GetValue(misses),
                };
                var report = await EvalRunner.RunAsync(snapshot, evalSet, options, ct);
                await output.WriteAsync(report.Render());
                return report.TargetsMet ? 0 : 1;
            }
            catch (Exception e) when (e is InvalidDataException or InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"eval: {e.Message}");
                return 2;
            }
        });
        return command;
    }
}
