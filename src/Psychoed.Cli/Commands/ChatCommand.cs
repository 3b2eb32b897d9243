using System.CommandLine;
using Psychoed.Cli.Answering;
using Psychoed.Core.Answers;
using Psychoed.Core.Conversation;

namespace Psychoed.Cli.Commands;

/// <summary>
/// <c>psychoed chat</c>: talk to the pipeline in the terminal, one conversation with memory ("tell me more",
/// the short disclaimer after the first reply, "help now" after a crisis). Type "quit" or end the input to leave.
/// </summary>
internal static class ChatCommand
{
    public static Command Create(Func<TextReader> input)
    {
        var corpus = CommonOptions.Corpus();
        var data = CommonOptions.Data();
        var region = CommonOptions.Region();
        var command = new Command("chat", "Chat with the bot's pipeline in the terminal.") { corpus, data, region };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var code = parse.GetValue(region)!.Trim().ToUpperInvariant();
            if (!PipelineHost.IsKnownRegion(code))
            {
                await error.WriteLineAsync($"chat: unknown region '{code}'; use US, GB, CA, AU or IE.");
                return 2;
            }

            using var host = await PipelineHost.CreateAsync(parse.GetValue(corpus)!.FullName, parse.GetValue(data)!.FullName, code, error, ct);
            var memory = new ConversationMemory();
            var welcome = host.Engine.Welcome(memory, region: code);
            await output.WriteLineAsync(welcome.Text);
            var reader = input();
            await output.WriteLineAsync("Psychoed chat. Type a message, or \"quit\" to leave.");
            while (true)
            {
                await output.WriteAsync("> ");
                await output.FlushAsync(ct);
                var line = await reader.ReadLineAsync(ct);
                if (line is null || line.Trim() is "quit" or "exit" or "/quit")
                {
                    return 0;
                }

                var reply = host.Engine.Respond(new TurnInput(line, Region: code, Channel: "cli"), memory).Reply;
                await output.WriteLineAsync();
                await output.WriteLineAsync(reply.Text);
                var choices = reply.Choices.Select(c => c.Title).Concat(reply.Suggestions).ToList();
                if (choices.Count > 0)
                {
                    await output.WriteLineAsync("Try: " + string.Join(" | ", choices));
                }

                await output.WriteLineAsync();
            }
        });
        return command;
    }
}
