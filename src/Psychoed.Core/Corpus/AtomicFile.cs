using System.Text;

namespace Psychoed.Core.Corpus;

/// <summary>
/// Writes corpus files so that a reader (the live reload, the validator) sees the old file or the
/// new one, never half of one: the text goes to a temporary file in the same folder, which is then
/// moved over the target in one step.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes <paramref name="text"/> to <paramref name="path"/> as UTF-8. With <paramref name="overwrite"/>
    /// false an existing file is left alone and <see cref="IOException"/> is thrown.
    /// </summary>
    public static async Task WriteAllTextAsync(string path, string text, bool overwrite, CancellationToken cancellationToken = default)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);

        // A dot-prefixed, non-.md name, so the corpus watcher and loader ignore the temporary file.
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(Utf8NoBom.GetBytes(text), cancellationToken);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
