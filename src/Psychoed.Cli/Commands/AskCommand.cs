using System.CommandLine;
using Psychoed.Cli.Answering;
using Psychoed.Core.Answers;
using Psychoed.Core.Conversation;

namespace Psychoed.Cli.Commands;

/// <summary>
/// <c>psychoed ask "TEXT" [--json]</c> answers one message; <c>psychoed ask --jsonl</c> answers one message per
/// line of standard input, one JSON object per line in order, loading the index once. A plain line is a
/// conversation of its own; JSON lines with the same <c>conversation</c> id share memory, in order. Both go
/// through the conversation engine, so the output is what a user of the bot gets. Exits 2 on bad input.
/// </summary>
internal static class AskCommand
{
    private const int ChunkSize = 512;

    public static Command Create(Func<TextReader> input)
    {
        var text = new Argument<string?>("text") { Arity = ArgumentArity.ZeroOrOne, Description = "The message to answer." };
        var json = new Option<bool>("--json") { Description = "Print the reply as one JSON object." };
        var jsonl = new Option<bool>("--jsonl") { Description = "Read one message per line from standard input; print one JSON object per line." };
        var corpus = CommonOptions.Corpus();
        var data = CommonOptions.Data();
        var region = CommonOptions.Region();
        var command = new Command("ask", "Answer a message with the same pipeline as the bot (safety screen first).")
        {
            text, json, jsonl, corpus, data, region,
        };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var message = parse.GetValue(text);
            var lines = parse.GetValue(jsonl);
            var code = parse.GetValue(region)!.Trim().ToUpperInvariant();
            if (lines == (message is not null))
            {
                await error.WriteLineAsync("ask: give either a message or --jsonl (messages on standard input).");
                return 2;
            }

            if (!PipelineHost.IsKnownRegion(code))
            {
                await error.WriteLineAsync($"ask: unknown region '{code}'; use US, GB, CA, AU or IE.");
                return 2;
            }

            using var host = await PipelineHost.CreateAsync(parse.GetValue(corpus)!.FullName, parse.GetValue(data)!.FullName, code, error, ct);
            if (!lines)
            {
                var reply = host.Engine.Respond(new TurnInput(message, Region: code, Channel: "cli"), new ConversationMemory()).Reply;
                await output.WriteLineAsync(parse.GetValue(json) ? ReplyJson.From(reply).Serialize() : reply.Text);
                return 0;
            }

            // Lines are answered in parallel in chunks (the pipeline and the index are thread-safe) and
            // printed in input order, so large files go through quickly without holding them in memory.
            var reader = input();
            var replay = new ConversationReplay(host.Engine, code);
            var chunk = new List<AskLine>(ChunkSize);
            while (true)
            {
                var line = await reader.ReadLineAsync(ct);
                if (line is not null)
                {
                    chunk.Add(AskLine.Parse(line));
                }

                if (chunk.Count == ChunkSize || (line is null && chunk.Count > 0))
                {
                    foreach (var result in replay.Answer(chunk, ct))
                    {
                        await output.WriteLineAsync(result);
                    }

                    chunk.Clear();
                }

                if (line is null)
                {
                    break;
                }
            }

            await output.FlushAsync(ct);
            return 0;
        });
        return command;
    }
}
