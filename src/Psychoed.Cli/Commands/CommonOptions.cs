using System.CommandLine;

namespace Psychoed.Cli.Commands;

/// <summary>Options shared by several commands, with the same names and defaults everywhere.</summary>
internal static class CommonOptions
{
    /// <summary><c>--corpus DIR</c>: the corpus folder; defaults to the nearest <c>corpus/</c> above the current folder.</summary>
    public static Option<DirectoryInfo> Corpus() => new("--corpus")
    {
        Description = "The corpus folder (articles, topics, synonyms, safety rules).",
        DefaultValueFactory = _ => new DirectoryInfo(DefaultCorpusPath()),
    };

    /// <summary><c>--data DIR</c>: where the index and database live.</summary>
    public static Option<DirectoryInfo> Data() => new("--data")
    {
        Description = "The data folder (search index, database).",
        DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(Environment.CurrentDirectory, "data")),
    };

    /// <summary><c>--days N</c>: how far back a report looks.</summary>
    public static Option<int> Days() => new("--days")
    {
        Description = "How many days back to look (1-3650).",
        DefaultValueFactory = _ => 30,
        Validators = { result => { if (result.GetValueOrDefault<int>() is < 1 or > 3650) { result.AddError("--days must be between 1 and 3650."); } } },
    };

    /// <summary><c>--top N</c>: how many rows a report lists.</summary>
    public static Option<int> Top() => new("--top")
    {
        Description = "How many rows to list (1-500).",
        DefaultValueFactory = _ => 20,
        Validators = { result => { if (result.GetValueOrDefault<int>() is < 1 or > 500) { result.AddError("--top must be between 1 and 500."); } } },
    };

    /// <summary><c>--region CODE</c>: which country's help resources to show.</summary>
    public static Option<string> Region() => new("--region")
    {
        Description = "Region for help resources: US, GB, CA, AU or IE.",
        DefaultValueFactory = _ => "US",
    };

    /// <summary>The nearest folder named <c>corpus</c> at or above the current folder, else <c>./corpus</c>.</summary>
    public static string DefaultCorpusPath()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "corpus");
            if (Directory.Exists(Path.Combine(candidate, "articles")))
            {
                return candidate;
            }
        }

        return Path.Combine(Environment.CurrentDirectory, "corpus");
    }
}
