using Psychoed.Core.Corpus;

namespace Psychoed.Bot.Tests.Support;

/// <summary>A throwaway corpus folder: a valid topic list and two published articles; deleted on dispose.</summary>
internal sealed class TempCorpus : IDisposable
{
    public TempCorpus()
    {
        Root = Path.Combine(Path.GetTempPath(), "psychoed-bot-corpus-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "articles"));
        File.WriteAllText(Path.Combine(Root, "topics.yaml"), "topics:\n" + string.Concat(TopicsFile.RequiredIds.Select(id =>
            $"  - id: {id}\n    label: {id}\n    description: About {id}.\n    aliases: [{id} words]\n")));
        Write("articles/anxiety/worry-basics.md", Article("worry-basics", "Worry basics", "Worry is a normal feeling. It becomes a problem when it will not stop."));
        Write("articles/sleep/sleep-basics.md", Article("sleep-basics", "Sleep basics", "Most adults need seven to nine hours of sleep. A steady wake-up time helps."));
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Write(string relative, string text)
    {
        var full = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    /// <summary>A valid article file.</summary>
    public static string Article(string id, string title, string text, string status = "published", string reviewedBy = "Clinical lead", string topics = "[anxiety]") => $"""
        ---
        id: {id}
        title: {title}
        summary: A short summary of {title}.
        topics: {topics}
        audience: [general]
        language: en
        status: {status}
        last_reviewed: 2026-01-15
        reviewed_by: "{reviewedBy}"
        referral: therapist
        sources:
          - title: NIMH
            url: https://www.nimh.nih.gov/health
        ---

        ## What it is

        {text}

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
