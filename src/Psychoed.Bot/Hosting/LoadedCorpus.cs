using Psychoed.Core.Corpus;
using Psychoed.Core.Safety;

namespace Psychoed.Bot.Hosting;

/// <summary>A corpus and the safety data loaded with it, serving together.</summary>
public sealed record LoadedCorpus(CorpusSnapshot Snapshot, SafetyCatalog Catalog);
