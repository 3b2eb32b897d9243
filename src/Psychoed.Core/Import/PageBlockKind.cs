namespace Psychoed.Core.Import;

/// <summary>The kinds of block an imported page is reduced to.</summary>
public enum PageBlockKind
{
    /// <summary>A heading (level 1 to 3).</summary>
    Heading,

    /// <summary>A paragraph of text.</summary>
    Paragraph,

    /// <summary>One item of a bulleted or numbered list.</summary>
    ListItem,
}
