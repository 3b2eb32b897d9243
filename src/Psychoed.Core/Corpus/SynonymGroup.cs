namespace Psychoed.Core.Corpus;

/// <summary>
/// Words and phrases that mean the same for search. When <see cref="Target"/> is set the rule is
/// one-way (every term is rewritten to the targets); otherwise all terms are equivalent.
/// </summary>
public sealed record SynonymGroup(IReadOnlyList<string> Terms, IReadOnlyList<string>? Target = null, int Line = 0);
