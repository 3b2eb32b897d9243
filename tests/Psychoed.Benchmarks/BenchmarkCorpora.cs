using Psychoed.Core.Corpus;
using Psychoed.Core.Eval;

namespace Psychoed.Benchmarks;

/// <summary>The corpora the benchmarks run on: the repository's library and a generated one of 10,000 articles.</summary>
internal static class BenchmarkCorpora
{
    public const string Real = "real";
    public const string Synthetic = "synthetic-10k";
    public const int SyntheticArticles = 10_000;

    public static string CorpusRoot()
    {
        var configured = Environment.GetEnvironmentVariable("PSYCHOED_CORPUS");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
                {
                    return Path.Combine(dir.FullName, "corpus");
                }
            }
        }

        throw new InvalidOperationException("corpus not found: run from the repository or set PSYCHOED_CORPUS");
    }

    public static CorpusSnapshot Load(string name)
    {
        var real = CorpusLoader.LoadAsync(CorpusRoot()).GetAwaiter().GetResult();
        return name == Synthetic ? SyntheticCorpus.Generate(real, SyntheticArticles, seed: 42) : real;
    }

    /// <summary>The in-scope and out-of-scope questions of the evaluation set.</summary>
    public static string[] Questions() => Texts(EvalGroup.InScope, EvalGroup.OutOfScope);

    /// <summary>The crisis and tricky messages of the evaluation set, to warm up with.</summary>
    public static string[] WarmupMessages() => Texts(EvalGroup.Crisis, EvalGroup.Tricky);

    private static string[] Texts(params EvalGroup[] groups)
    {
        var set = EvalSet.LoadAsync(Path.Combine(CorpusRoot(), "eval", "questions.yaml")).GetAwaiter().GetResult();
        return set.Cases.Where(c => groups.Contains(c.Group)).Select(c => c.Text).ToArray();
    }
}
