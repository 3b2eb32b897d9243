using Psychoed.Core.Search;

namespace Psychoed.Cli.Answering;

/// <summary>A search with no index: the pipeline says the library is unavailable, and still screens every message.</summary>
internal sealed class UnavailableSearch : IPassageSearch
{
    public bool IsReady => false;

    public SearchResult Search(string text) => SearchResult.NotCovered(text, "no index");

    public Passage? GetPassage(string passageId) => null;

    public Passage? NextPassage(string passageId) => null;
}
