namespace Psychoed.Core.Tests.Support;

/// <summary>A throwaway corpus folder with a valid topic list, deleted on dispose.</summary>
internal sealed class TempCorpus : IDisposable
{
    public TempCorpus()
    {
        Root = Path.Combine(Path.GetTempPath(), "psychoed-corpus-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "articles"));
        File.WriteAllText(Path.Combine(Root, "topics.yaml"), TopicsYaml);
    }

    public string Root { get; }

    public static string TopicsYaml { get; } =
        "topics:\n" + string.Concat(Psychoed.Core.Corpus.TopicsFile.RequiredIds.Select(id =>
            $"  - id: {id}\n    label: {id}\n    description: About {id}.\n    aliases: [{id} words]\n"));

    /// <summary>Writes a file under the corpus root and returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    /// <summary>Writes raw bytes under the corpus root.</summary>
    public void WriteBytes(string relativePath, byte[] bytes)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    /// <summary>A valid published article with the given id and optional front matter overrides.</summary>
    public static string Article(string id, string? extraFrontMatter = null, string? body = null, string topics = "[anxiety]", string status = "published") => $"""
        ---
        id: {id}
        title: About {id}
        summary: A short summary of {id}.
        topics: {topics}
        audience: [general]
        language: en
        status: {status}
        last_reviewed: 2026-01-15
        reviewed_by: Clinical lead
        referral: therapist
        sources:
          - title: NIMH
            url: https://www.nimh.nih.gov/health/topics/anxiety-disorders
        {extraFrontMatter}
        ---

        {body ?? "## What is it?\n\nIt is a common feeling. Many people have it. It can get better with help."}
        """;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
