using System.Text.Json;
using Psychoed.Cli.Tests.Support;

namespace Psychoed.Cli.Tests;

public sealed class AskCommandTests(TempDataFolder data) : IClassFixture<TempDataFolder>
{
    private static readonly string[] _fields = ["kind", "safety", "category", "text", "citations", "disclaimer", "referral", "resources", "rule", "conversation", "turn"];
    private readonly TempDataFolder _data = data;

    [Fact]
    public async Task Ask_json_prints_one_object_with_exactly_the_documented_fields()
    {
        var (exitCode, output, error) = await Ask("I want to kill myself", "--json");

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(_fields, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("crisis", root.GetProperty("kind").GetString());
        Assert.Equal("crisis", root.GetProperty("safety").GetString());
        Assert.Equal("suicide", root.GetProperty("category").GetString());
        Assert.Equal("suicide.intent", root.GetProperty("rule").GetString());
        var resource = root.GetProperty("resources")[0];
        Assert.Equal("988 Suicide & Crisis Lifeline", resource.GetProperty("name").GetString());
        Assert.Contains("988", resource.GetProperty("contact").GetString());
    }

    [Fact]
    public async Task Ask_json_for_an_ordinary_message_has_a_disclaimer_a_referral_and_no_rule()
    {
        var (_, output, _) = await Ask("my head hurts", "--json");

        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("out_of_scope", root.GetProperty("kind").GetString());
        Assert.Equal("none", root.GetProperty("safety").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("category").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("rule").ValueKind);
        Assert.False(string.IsNullOrEmpty(root.GetProperty("disclaimer").GetString()));
        Assert.Contains("GP", root.GetProperty("referral").GetString());
        Assert.True(root.GetProperty("resources").GetArrayLength() >= 1);
    }

    [Fact]
    public async Task Ask_without_json_prints_the_reply_text()
    {
        var (_, output, _) = await Ask("kms");

        // The crisis reply as every channel shows it: the contacts first, then the warm message.
        Assert.StartsWith("- 988 Suicide & Crisis Lifeline", output);
        Assert.Contains("I'm really sorry", output);
        Assert.Contains("Call or text 988", output);
    }

    [Fact]
    public async Task Ask_jsonl_replays_conversations_lines_with_one_id_share_memory_in_order()
    {
        string[] lines =
        [
            """{"conversation": "a", "text": "what are the signs of depression"}""",
            """{"conversation": "b", "text": "i want to kill myself", "region": "GB"}""",
            "tell me more",
            """{"conversation": "a", "text": "tell me more"}""",
            """{"conversation": "b", "text": "what is ptsd", "region": "GB"}""",
        ];

        var (exitCode, output, error) = await CliRunner.RunWithInputAsync(
            string.Join("\n", lines), "ask", "--jsonl", "--corpus", CliRunner.RepositoryCorpus(), "--data", _data.Path);

        Assert.True(exitCode == 0, error);
        var replies = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(5, replies.Count);
        Assert.Equal(["a", "b", null, "a", "b"], replies.Select(r => r.GetProperty("conversation").GetString()));
        Assert.Equal([1, 1, 1, 2, 2], replies.Select(r => r.GetProperty("turn").GetInt32()));
        var firstArticle = replies[0].GetProperty("citations")[0].GetProperty("articleId").GetString();
        Assert.Equal(firstArticle, replies[3].GetProperty("citations")[0].GetProperty("articleId").GetString());
        Assert.NotEqual(replies[0].GetProperty("text").GetString(), replies[3].GetProperty("text").GetString());
        Assert.Equal("smalltalk", replies[2].GetProperty("kind").GetString());
        Assert.Contains("Samaritans", replies[1].GetProperty("text").GetString());
        // After a crisis, help stays visible in that conversation, in its region.
        Assert.Contains("Need help now?", replies[4].GetProperty("text").GetString());
        Assert.Contains("Samaritans", replies[4].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Ask_jsonl_answers_every_line_in_order_with_one_object_per_line()
    {
        var messages = Enumerable.Range(0, 500)
            .Select(i => (i % 5) switch { 0 => "hi", 1 => "kms", 2 => "how much ketamine should i take", 3 => "", _ => $"message {i}" })
            .ToList();

        var (exitCode, output, error) = await CliRunner.RunWithInputAsync(
            string.Join("\n", messages), "ask", "--jsonl", "--corpus", CliRunner.RepositoryCorpus(), "--data", _data.Path);

        Assert.True(exitCode == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(messages.Count, lines.Length);
        var kinds = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("kind").GetString()).ToList();
        Assert.Equal("smalltalk", kinds[0]);
        Assert.Equal("crisis", kinds[1]);
        Assert.Equal("refusal", kinds[2]);
        Assert.Equal("crisis", kinds[496]);
    }

    [Theory]
    [InlineData("GB", "Samaritans")]
    [InlineData("AU", "Lifeline")]
    public async Task Ask_region_chooses_the_resources(string region, string name)
    {
        var (_, output, _) = await Ask("i want to die", "--json", "--region", region);

        Assert.Equal(name, JsonDocument.Parse(output).RootElement.GetProperty("resources")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_unknown_region_is_a_clear_error()
    {
        var (exitCode, _, error) = await Ask("hello", "--region", "XX");

        Assert.Equal(2, exitCode);
        Assert.Contains("unknown region 'XX'", error);
    }

    [Fact]
    public async Task Ask_needs_a_message_or_jsonl()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("ask");

        Assert.Equal(2, exitCode);
        Assert.Contains("either a message or --jsonl", error);
    }

    [Fact]
    public async Task Chat_keeps_the_conversation_and_stops_at_quit()
    {
        var (exitCode, output, error) = await CliRunner.RunWithInputAsync(
            "kms\nhi\nquit\nwhat is ptsd\n", "chat", "--corpus", CliRunner.RepositoryCorpus(), "--data", _data.Path);

        Assert.True(exitCode == 0, error);
        Assert.Contains("Call or text 988", output);
        Assert.Contains("Need help now?", output);
        Assert.DoesNotContain("Source:", output);
    }

    [Fact]
    public async Task Chat_tell_me_more_continues_the_article_and_the_disclaimer_turns_short()
    {
        var (exitCode, output, error) = await CliRunner.RunWithInputAsync(
            "what are the signs of depression\ntell me more\n", "chat", "--corpus", CliRunner.RepositoryCorpus(), "--data", _data.Path);

        Assert.True(exitCode == 0, error);
        var replies = output.Split("> ").Skip(1).Where(r => r.Contains("Source: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, replies.Count);
        Assert.NotEqual(replies[0].Trim().Split('\n')[0], replies[1].Trim().Split('\n')[0]);
        Assert.Contains("This chat is not monitored by a person. If you are in danger", output);
        Assert.Contains("General information only, not medical advice.", output);
    }

    [Fact]
    public async Task Ask_json_answers_from_the_real_index_with_a_citation()
    {
        var (_, output, _) = await Ask("what are the signs of depression", "--json");

        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("answer", root.GetProperty("kind").GetString());
        var citation = root.GetProperty("citations")[0];
        Assert.Equal(["articleId", "title", "section", "topics"], citation.EnumerateObject().Select(p => p.Name));
        Assert.False(string.IsNullOrEmpty(citation.GetProperty("articleId").GetString()));
    }

    private Task<(int, string, string)> Ask(string message, params string[] extra) =>
        CliRunner.RunAsync(["ask", message, "--corpus", CliRunner.RepositoryCorpus(), "--data", _data.Path, .. extra]);
}
