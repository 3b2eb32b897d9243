namespace Psychoed.Core.Import;

/// <summary>A page to import: its text, its format and where it came from when known.</summary>
/// <param name="Content">The page's decoded text.</param>
/// <param name="Format">HTML or plain text.</param>
/// <param name="SourceUrl">The page's address when it was fetched, else null.</param>
/// <param name="Origin">How to name the input in messages: the file path or the URL.</param>
public sealed record ImportInput(string Content, ImportFormat Format, Uri? SourceUrl, string Origin);
