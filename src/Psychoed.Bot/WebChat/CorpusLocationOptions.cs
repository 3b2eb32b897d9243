namespace Psychoed.Bot.WebChat;

/// <summary>Where the corpus is (<c>Psychoed:CorpusPath</c>), read here only for its safety resources.</summary>
public sealed class CorpusLocationOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Psychoed";

    /// <summary>The corpus folder; when empty, the repository's <c>corpus/</c> above the content root.</summary>
    public string? CorpusPath { get; set; }
}
