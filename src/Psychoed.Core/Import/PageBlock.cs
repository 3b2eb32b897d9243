namespace Psychoed.Core.Import;

/// <summary>One block of an imported page.</summary>
/// <param name="Kind">Heading, paragraph or list item.</param>
/// <param name="Markdown">The block's text as inline Markdown (escaped, links kept when absolute).</param>
/// <param name="Plain">The block's text without markup, for boilerplate rules and summaries.</param>
/// <param name="Where">Where it was found: <c>line 12</c> or an element such as <c>&lt;p&gt;</c>.</param>
/// <param name="Level">Heading level (1-3); 0 for other blocks.</param>
public sealed record PageBlock(PageBlockKind Kind, string Markdown, string Plain, string Where, int Level = 0);
