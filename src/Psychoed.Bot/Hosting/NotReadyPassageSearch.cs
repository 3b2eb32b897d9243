using Psychoed.Core.Search;

namespace Psychoed.Bot.Hosting;

/// <summary>Temporary stand-in until Core's index lands: never ready, covers nothing.</summary>
internal sealed class NotReadyPassageSearch : IPassageSearch
{
    public bool IsReady => false;

    public SearchResult Search(string text) => SearchResult.NotCovered(text, "index not loaded");

    public Passage? GetPassage(string passageId) => null;

    public Passage? NextPassage(string passageId) => null;
}
