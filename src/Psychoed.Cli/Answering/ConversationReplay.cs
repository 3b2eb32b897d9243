using System.Collections.Concurrent;
using Psychoed.Core.Answers;
using Psychoed.Core.Conversation;

namespace Psychoed.Cli.Answering;

/// <summary>
/// Answers <c>ask --jsonl</c> lines through the conversation engine. Lines of one conversation run in
/// order on one memory; different conversations run in parallel. Output keeps the input order.
/// </summary>
internal sealed class ConversationReplay(ConversationEngine engine, string region)
{
    private readonly Dictionary<string, (ConversationMemory Memory, int Turns)> _conversations = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Answer(IReadOnlyList<AskLine> lines, CancellationToken cancellationToken)
    {
        var results = new string[lines.Count];
        var groups = lines.Select((line, index) => (line, index))
            .GroupBy(x => x.line.Conversation ?? "\0" + x.index.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        var states = new ConcurrentDictionary<string, (ConversationMemory Memory, int Turns)>(
            groups.Select(g => KeyValuePair.Create(g.Key, State(g.First().line.Conversation))), StringComparer.Ordinal);
        Parallel.ForEach(groups, new ParallelOptions { CancellationToken = cancellationToken }, group =>
        {
            var (memory, turns) = states[group.Key];
            foreach (var (line, index) in group)
            {
                turns++;
                var reply = engine.Respond(new TurnInput(line.Text, Region: line.Region ?? region, Channel: "cli"), memory).Reply;
                results[index] = ReplyJson.From(reply, line.Conversation, turns).Serialize();
            }

            states[group.Key] = (memory, turns);
        });

        foreach (var (key, state) in states.Where(s => !s.Key.StartsWith('\0')))
        {
            _conversations[key] = state;
        }

        return results;
    }

    private (ConversationMemory Memory, int Turns) State(string? conversation) =>
        conversation is not null && _conversations.TryGetValue(conversation, out var known) ? known : (new ConversationMemory(), 0);
}
