using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Psychoed.Cli.Commands;

/// <summary>
/// Builds the Teams app package: the manifest from <c>deploy/teams</c> with the ids filled in, and
/// its two icons, zipped at the root as Teams expects.
/// </summary>
internal static class TeamsPackage
{
    /// <summary>The folder, relative to the repository, that holds the manifest and icons.</summary>
    public const string SourceFolder = "deploy/teams";

    private static readonly (string File, int Size)[] Icons = [("color.png", 192), ("outline.png", 32)];

    /// <summary>What to put in the package.</summary>
    public sealed record Settings(Guid AppId, Guid TeamsAppId, IReadOnlyList<string> Domains, string? Version);

    /// <summary>Writes the zip to <paramref name="outFile"/> and returns the manifest written. Throws <see cref="InvalidDataException"/> with a clear message on bad input files.</summary>
    public static JsonObject Build(string sourceFolder, Settings settings, string outFile)
    {
        var manifestPath = Path.Combine(sourceFolder, "manifest.json");
        if (!File.Exists(manifestPath))
        {
            throw new InvalidDataException($"{manifestPath} not found. Pass --source with the folder that holds manifest.json and the icons.");
        }

        JsonObject manifest;
        try
        {
            manifest = JsonNode.Parse(File.ReadAllText(manifestPath)) as JsonObject
                ?? throw new InvalidDataException($"{manifestPath}: the manifest is not a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{manifestPath}: invalid JSON: {ex.Message}");
        }

        manifest["id"] = settings.TeamsAppId.ToString("D");
        if (manifest["bots"] is not JsonArray { Count: > 0 } bots || bots[0] is not JsonObject bot)
        {
            throw new InvalidDataException($"{manifestPath}: the manifest has no bot.");
        }

        bot["botId"] = settings.AppId.ToString("D");
        if (settings.Domains.Count > 0)
        {
            manifest["validDomains"] = new JsonArray(settings.Domains.Select(d => (JsonNode)d).ToArray());
        }

        if (settings.Version is { Length: > 0 } version)
        {
            manifest["version"] = version;
        }

        foreach (var (file, size) in Icons)
        {
            CheckIcon(Path.Combine(sourceFolder, file), size);
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(outFile));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        // Write beside the target, then move, so a failed run never leaves half a zip.
        var temporary = outFile + ".tmp";
        using (var zip = ZipFile.Open(temporary, ZipArchiveMode.Create))
        {
            var entry = zip.CreateEntry("manifest.json");
            using (var writer = new StreamWriter(entry.Open()))
            {
                writer.Write(manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            }

            foreach (var (file, _) in Icons)
            {
                zip.CreateEntryFromFile(Path.Combine(sourceFolder, file), file);
            }
        }

        File.Move(temporary, outFile, overwrite: true);
        return manifest;
    }

    /// <summary>The nearest <c>deploy/teams</c> at or above <paramref name="start"/>, or null.</summary>
    public static string? FindSource(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, SourceFolder);
            if (File.Exists(Path.Combine(candidate, "manifest.json")))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Reads a PNG's width and height from its header; null when the file is not a PNG.</summary>
    public static (int Width, int Height)? PngSize(string path)
    {
        Span<byte> header = stackalloc byte[24];
        using var stream = File.OpenRead(path);
        if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length
            || !header[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return null;
        }

        return (BinaryPrimitives.ReadInt32BigEndian(header[16..20]), BinaryPrimitives.ReadInt32BigEndian(header[20..24]));
    }

    private static void CheckIcon(string path, int size)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path} not found.");
        }

        var actual = PngSize(path) ?? throw new InvalidDataException($"{path} is not a PNG file.");
        if (actual != (size, size))
        {
            throw new InvalidDataException($"{path} is {actual.Width}x{actual.Height}; Teams needs {size}x{size}.");
        }
    }
}
