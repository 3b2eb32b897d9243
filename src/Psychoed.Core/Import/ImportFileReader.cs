namespace Psychoed.Core.Import;

/// <summary>Reads a saved page or pasted text from disk with a size limit and clear errors.</summary>
public static class ImportFileReader
{
    /// <summary>Reads <paramref name="path"/>; returns the page or an error message.</summary>
    public static async Task<(ImportInput? Input, string? Error)> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return (null, $"file '{path}' does not exist");
            }

            if (info.Length > PageFetcher.MaxBytes)
            {
                return (null, $"file '{path}' is larger than {PageFetcher.MaxBytes / (1024 * 1024)} MB");
            }

            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"file '{path}' cannot be read: {e.Message}");
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return (null, $"file '{path}' is binary, not a saved web page or text");
        }

        var text = PageFetcher.Decode(bytes, charset: null);
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, $"file '{path}' is empty");
        }

        return (new ImportInput(text, ArticleImporter.DetectFormat(path, text), null, path), null);
    }
}
