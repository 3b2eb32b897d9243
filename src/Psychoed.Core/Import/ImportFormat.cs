namespace Psychoed.Core.Import;

/// <summary>What kind of text an import starts from.</summary>
public enum ImportFormat
{
    /// <summary>A saved or fetched HTML page.</summary>
    Html,

    /// <summary>Plain text, e.g. a page copied from a browser and pasted into a file.</summary>
    Text,
}
