namespace Psychoed.Core.Search;

/// <summary>
/// The layout of <c>{data}/index</c>: one folder per build, named by its key, and a pointer file
/// <c>current</c> naming the folder being served.
/// </summary>
internal static class IndexFolders
{
    public const string PointerFile = "current";
    public const string BuildingMarker = ".building-";

    public static string? ReadPointer(string root)
    {
        var path = Path.Combine(root, PointerFile);
        if (!File.Exists(path))
        {
            return null;
        }

        var key = File.ReadAllText(path).Trim();
        return key.Length > 0 && key.All(char.IsAsciiHexDigit) ? key : null;
    }

    /// <summary>Replaces the pointer in one rename, so a crash leaves either the old or the new one.</summary>
    public static void WritePointer(string root, string key)
    {
        var temp = Path.Combine(root, $"{PointerFile}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temp, key);
        File.Move(temp, Path.Combine(root, PointerFile), overwrite: true);
    }

    /// <summary>Deletes a folder, ignoring failures (a file still open elsewhere): it is retried on the next start.</summary>
    public static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Deletes every build folder and stray file except the ones named in <paramref name="keep"/>.</summary>
    public static void DeleteAllBut(string root, IReadOnlyCollection<string> keep)
    {
        if (!Directory.Exists(root))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(root))
        {
            if (!keep.Contains(Path.GetFileName(folder)))
            {
                TryDelete(folder);
            }
        }

        foreach (var file in Directory.EnumerateFiles(root, $"{PointerFile}.*.tmp"))
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
            }
        }
    }
}
