using Psychoed.Core.Corpus;
using Psychoed.Core.Safety;

namespace Psychoed.Core.Serving;

/// <summary>What one successful load serves: the articles (indexed) and the safety data beside them.</summary>
public sealed record CorpusGeneration(CorpusSnapshot Snapshot, SafetyCatalog Catalog);
