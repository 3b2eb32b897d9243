namespace Psychoed.Core.Editing;

/// <summary>
/// Changes top-level front matter fields of an article's text line by line, leaving every other
/// line (comments, order, the body) as the author wrote it.
/// </summary>
public static class FrontMatterEditor
{
    /// <summary>
    /// Sets <paramref name="key"/> to the YAML scalar <paramref name="yamlValue"/>, replacing its line
    /// or adding one at the end of the front matter. Returns null when the text has no front matter.
    /// </summary>
    public static string? Set(string text, string key, string yamlValue)
    {
        var lines = text.Split('\n').ToList();
        if (lines.Count == 0 || lines[0].TrimEnd() != "---")
        {
            return null;
        }

        var close = lines.FindIndex(1, l => l.TrimEnd() is "---" or "...");
        if (close < 0)
        {
            return null;
        }

        var line = $"{key}: {yamlValue}";
        var at = lines.FindIndex(1, close - 1, l => l.StartsWith(key + ":", StringComparison.Ordinal));
        if (at >= 0)
        {
            lines[at] = line;
        }
        else
        {
            lines.Insert(close, line);
        }

        return string.Join('\n', lines);
    }

    /// <summary>Drops front matter comment lines that start (after indentation) with <paramref name="marker"/>.</summary>
    public static string RemoveComments(string text, string marker)
    {
        var lines = text.Split('\n').ToList();
        var close = lines.Count > 0 && lines[0].TrimEnd() == "---" ? lines.FindIndex(1, l => l.TrimEnd() is "---" or "...") : -1;
        if (close < 0)
        {
            return text;
        }

        var kept = lines.Take(close).Where(l => !l.TrimStart().StartsWith(marker, StringComparison.Ordinal)).Concat(lines.Skip(close));
        return string.Join('\n', kept);
    }
}
