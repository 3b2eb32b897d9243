namespace Psychoed.Core.Import;

/// <summary>Something the importer left out of the draft, and why.</summary>
/// <param name="Where">Where it was: <c>line 1</c>, or an element such as <c>&lt;nav&gt;</c>.</param>
/// <param name="Text">Its text, shortened.</param>
/// <param name="Reason">Which rule removed it, e.g. <c>view counter</c>.</param>
public sealed record RemovedContent(string Where, string Text, string Reason)
{
    private const int MaxPreview = 80;

    /// <summary>Formats as <c>where: "text" (reason)</c>.</summary>
    public override string ToString() => $"{Where}: \"{Preview(Text)}\" ({Reason})";

    /// <summary>Collapses whitespace and cuts long text with an ellipsis.</summary>
    public static string Preview(string text)
    {
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length <= MaxPreview ? collapsed : collapsed[..(MaxPreview - 1)] + "…";
    }
}
