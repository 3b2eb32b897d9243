namespace Psychoed.Cli.Tests.Support;

/// <summary>A throwaway folder, deleted on dispose; optionally a corpus with the repository's topic list.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder(bool corpus = false)
    {
        Root = Path.Combine(Path.GetTempPath(), "psychoed-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        if (corpus)
        {
            Directory.CreateDirectory(Path.Combine(Root, "articles"));
            File.Copy(Path.Combine(CliRunner.RepositoryCorpus(), "topics.yaml"), Path.Combine(Root, "topics.yaml"));
        }
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
