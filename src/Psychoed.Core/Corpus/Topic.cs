namespace Psychoed.Core.Corpus;

/// <summary>A topic of the controlled list, with the lay words people use for it.</summary>
public sealed record Topic(string Id, string Label, string Description, IReadOnlyList<string> Aliases);
