using System.Text;

namespace Psychoed.Core.Corpus;

/// <summary>
/// Reads a corpus text file defensively: size limit, empty, binary and invalid UTF-8 files each get
/// their own clear diagnostic instead of an exception.
/// </summary>
public static class CorpusFileReader
{
    /// <summary>Largest corpus file accepted; articles are a few kilobytes.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads <paramref name="fullPath"/> as UTF-8 text, or returns a diagnostic saying why it cannot.</summary>
    public static async Task<(string? Text, CorpusDiagnostic? Error)> ReadTextAsync(string fullPath, string displayPath, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(fullPath);
            if (info.Length > MaxFileBytes)
            {
                return (null, Error(displayPath, $"file is too large ({info.Length / (1024.0 * 1024.0):0.0} MB); the limit is {MaxFileBytes / (1024 * 1024)} MB"));
            }

            bytes = await File.ReadAllBytesAsync(fullPath, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, Error(displayPath, $"file cannot be read: {e.Message}"));
        }

        return Decode(bytes, displayPath);
    }

    /// <summary>Decodes bytes as strict UTF-8 (BOM allowed), rejecting empty and binary content.</summary>
    public static (string? Text, CorpusDiagnostic? Error) Decode(byte[] bytes, string displayPath)
    {
        if (bytes.Length > MaxFileBytes)
        {
            return (null, Error(displayPath, $"file is too large ({bytes.Length / (1024.0 * 1024.0):0.0} MB); the limit is {MaxFileBytes / (1024 * 1024)} MB"));
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return (null, Error(displayPath, "file is binary (it contains NUL bytes), not a UTF-8 Markdown text file"));
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            return (null, Error(displayPath, $"file is not valid UTF-8 (bad byte at offset {e.Index}); save it as UTF-8"));
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, Error(displayPath, "file is empty"));
        }

        return (text.Replace("\r\n", "\n", StringComparison.Ordinal), null);
    }

    private static CorpusDiagnostic Error(string path, string message) => new(path, 1, DiagnosticSeverity.Error, message);
}
