using System.CommandLine;
using System.Text.Json;
using Psychoed.Cli.Answering;
using Psychoed.Core.Answers;
using Psychoed.Core.Corpus;
using Psychoed.Core.Eval;
using Psychoed.Core.Safety;
using Psychoed.Core.Search;

namespace Psychoed.Cli.Commands;

/// <summary>
/// <c>psychoed eval</c>: measures retrieval on the evaluation set (Recall@1/@3, MRR, "not covered"
/// accuracy, per topic, misses) next to a plain BM25 baseline. Exits 1 when a target is missed, 2 on bad input.
/// With <c>--external FILE</c> it instead runs each text of a labelled CSV through the same pipeline as
/// <c>psychoed ask</c> and prints, per label, the share of crisis, support-or-crisis, out-of-scope and
/// abuse-line replies, the reply kinds and, for labels given topics, the share answered on topic.
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
        var external = new Option<FileInfo?>("--external") { Description = "A labelled CSV file to measure the replies on, per label (instead of the evaluation set)." };
        var textColumn = new Option<string>("--text-column") { Description = "The CSV column with the message.", DefaultValueFactory = _ => "text" };
        var labelColumn = new Option<string>("--label-column") { Description = "The CSV column with the label.", DefaultValueFactory = _ => "label" };
        var map = new Option<string[]>("--map") { Description = "Rename a label, VALUE=LABEL (repeatable); when given, unmapped labels are left out.", AllowMultipleArgumentsPerToken = false };
        var topicMap = new Option<string[]>("--topic-map") { Description = "LABEL=topic1,topic2: count replies whose first citation is on one of the topics (repeatable)." };
        var limit = new Option<int>("--limit") { Description = "At most this many rows (0 = all).", DefaultValueFactory = _ => 0 };
        var dedupe = new Option<bool>("--dedupe") { Description = "Keep only the first row of each distinct text." };
        var rows = new Option<ExternalCsv.RowHalf>("--rows") { Description = "Which data rows to keep by index: all, even (0, 2, ...) or odd.", DefaultValueFactory = _ => ExternalCsv.RowHalf.All };
        var showRules = new Option<bool>("--rules") { Description = "Also print, per label, how many texts each safety rule decided." };
        var decisionsTo = new Option<FileInfo?>("--decisions-to")
        {
            Description = "Write each text with its reply kind and safety rule as JSON lines to FILE, for review (keep it outside the repository).",
        };
        var region = CommonOptions.Region();
        var command = new Command("eval", "Measure retrieval on the evaluation set against a plain BM25 baseline, or replies on an external labelled CSV.")
        {
            set, corpus, data, tune, misses, external, textColumn, labelColumn, map, topicMap, limit, dedupe, rows, region, showRules, decisionsTo,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(external) is { } externalFile)
            {
                return await RunExternalAsync(parse, externalFile, ct);
            }

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

        async Task<int> RunExternalAsync(ParseResult parse, FileInfo file, CancellationToken ct)
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var code = parse.GetValue(region)!.Trim().ToUpperInvariant();
            if (!PipelineHost.IsKnownRegion(code))
            {
                await error.WriteLineAsync($"eval: unknown region '{code}'; use US, GB, CA, AU or IE.");
                return 2;
            }

            try
            {
                var labels = ExternalCsv.Pairs(parse.GetValue(map) ?? [], "--map");
                var topics = ExternalCsv.Pairs(parse.GetValue(topicMap) ?? [], "--topic-map")
                    .ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                var texts = ExternalCsv.Read(file.FullName, parse.GetValue(textColumn)!, parse.GetValue(labelColumn)!, labels,
                    parse.GetValue(rows), parse.GetValue(dedupe), parse.GetValue(limit));
                using var host = await PipelineHost.CreateAsync(parse.GetValue(corpus)!.FullName, parse.GetValue(data)!.FullName, code, error, ct);
                var regionResources = host.Catalog.Resources.Region(code);
                var lines = new List<string>();
                Action<ExternalRow, Reply, SafetyDecision?>? each = parse.GetValue(decisionsTo) is null ? null
                    : (row, reply, decision) => lines.Add(JsonSerializer.Serialize(new
                    {
                        label = row.Label, kind = reply.Kind.ToName(), safety = reply.Safety.ToName(), category = reply.Category?.ToName(),
                        rule = decision?.Rule, markers = decision?.RiskMarkers, text = row.Text,
                    }));
                var results = ExternalEvaluation.Run(texts, t => host.Pipeline.Answer(t, new ConversationMemory { Region = code }), regionResources, topics,
                    host.Pipeline.Screen.Screen, each);
                if (parse.GetValue(decisionsTo) is { } dump)
                {
                    await File.WriteAllLinesAsync(dump.FullName, lines, ct);
                }

                await output.WriteLineAsync($"{file.Name}: {texts.Count} texts (rows {parse.GetValue(rows).ToString().ToLowerInvariant()}{(parse.GetValue(dedupe) ? ", deduplicated" : "")}), region {code}");
                await output.WriteAsync(ExternalEvaluation.Render(results, parse.GetValue(showRules)));
                return 0;
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or CsvHelper.CsvHelperException)
            {
                await error.WriteLineAsync($"eval: {e.Message}");
                return 2;
            }
        }
    }
}
