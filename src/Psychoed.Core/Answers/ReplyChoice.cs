namespace Psychoed.Core.Answers;

/// <summary>A button a reply offers: its label, and the text it sends when pressed.</summary>
public sealed record ReplyChoice(string Title, string Say);
