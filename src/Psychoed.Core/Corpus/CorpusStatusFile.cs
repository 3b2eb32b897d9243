using System.Text.Json;
using System.Text.Json.Serialization;

namespace Psychoed.Core.Corpus;

/// <summary>Reads and writes <see cref="CorpusStatus"/> as <c>{data}/corpus-status.json</c>.</summary>
public static class CorpusStatusFile
{
    /// <summary>The file name under the data folder.</summary>
    public const string FileName = "corpus-status.json";

    /// <summary>The JSON shape shared by the file and the status endpoint.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Writes the status atomically, so a reader never sees half a file.</summary>
    public static Task WriteAsync(string dataPath, CorpusStatus status, CancellationToken cancellationToken = default) =>
        AtomicFile.WriteAllTextAsync(Path.Combine(dataPath, FileName), JsonSerializer.Serialize(status, JsonOptions), overwrite: true, cancellationToken);

    /// <summary>Reads the status, or returns an error message saying why it cannot.</summary>
    public static async Task<(CorpusStatus? Status, string? Error)> ReadAsync(string dataPath, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(dataPath, FileName);
        if (!File.Exists(path))
        {
            return (null, $"no corpus status at {path}: the bot writes it when it loads the corpus (is it running with this data folder?)");
        }

        try
        {
            await using var stream = File.OpenRead(path);
            var status = await JsonSerializer.DeserializeAsync<CorpusStatus>(stream, JsonOptions, cancellationToken);
            return status is null ? (null, $"{path} is empty") : (status, null);
        }
        catch (JsonException e)
        {
            return (null, $"{path} is not a valid status file: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"{path} cannot be read: {e.Message}");
        }
    }
}
