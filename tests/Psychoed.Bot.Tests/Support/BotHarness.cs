using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json.Linq;
using Psychoed.Bot.Bots;
using Psychoed.Bot.Hosting;
using Psychoed.Core.Answers;
using Psychoed.Core.Conversation;

namespace Psychoed.Bot.Tests.Support;

/// <summary>A bot on the SDK's TestAdapter with memory storage, the fake pipeline and a recording feedback store.</summary>
internal sealed class BotHarness
{
    public BotHarness(string channelId = "test", string? conversationType = null, PsychoedOptions? options = null)
    {
        Adapter = new TestAdapter(channelId);
        Adapter.Conversation.Conversation.ConversationType = conversationType;
        Storage = new MemoryStorage();
        ConversationState = new ConversationState(Storage);
        Options = options ?? new PsychoedOptions();
        Bot = new PsychoedBot(new ConversationEngine(Pipeline, Options.ToConversationOptions()), ConversationState, Feedback, NullLogger<PsychoedBot>.Instance);
    }

    public TestAdapter Adapter { get; }

    public MemoryStorage Storage { get; }

    public ConversationState ConversationState { get; }

    public PsychoedOptions Options { get; }

    public FakeAnswerPipeline Pipeline { get; } = new();

    public RecordingFeedbackStore Feedback { get; } = new();

    public PsychoedBot Bot { get; }

    public TestFlow Flow() => new(Adapter, Bot);

    /// <summary>Sends one activity and returns every reply the bot sent to it.</summary>
    public async Task<IReadOnlyList<IMessageActivity>> SendAsync(IActivity activity)
    {
        await Adapter.ProcessActivityAsync((Activity)activity, Bot.OnTurnAsync, CancellationToken.None);
        var replies = new List<IMessageActivity>();
        while (Adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply.AsMessageActivity());
        }

        return replies;
    }

    public Task<IReadOnlyList<IMessageActivity>> SayAsync(string text) => SendAsync(MessageFactory.Text(text));

    /// <summary>The conversation memory as stored, read back through the state's storage.</summary>
    public async Task<ConversationMemory?> StoredMemoryAsync()
    {
        var key = $"{Adapter.Conversation.ChannelId}/conversations/{Adapter.Conversation.Conversation.Id}";
        var items = await Storage.ReadAsync([key], CancellationToken.None);
        if (!items.TryGetValue(key, out var state))
        {
            return null;
        }

        var memory = state switch
        {
            IDictionary<string, object> d when d.TryGetValue("memory", out var m) => m,
            JObject o => o["memory"],
            _ => null,
        };
        return memory switch
        {
            ConversationMemory typed => typed,
            JToken token => token.ToObject<ConversationMemory>(),
            _ => null,
        };
    }
}
