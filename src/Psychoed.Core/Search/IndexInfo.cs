using System.Text.Json;
using Psychoed.Core.Corpus;

namespace Psychoed.Core.Search;

/// <summary>
/// What an index folder was built from, written last so its presence marks a complete build: the
/// synonyms and topics (so the folder can be opened without the corpus), the articles for related
/// suggestions, and the corpus words for spelling correction.
/// </summary>
internal sealed record IndexInfo
{
    public const string FileName = "index-info.json";

    /// <summary>Bumped whenever the fields or the analysis change, so old folders are rebuilt.</summary>
    public const int CurrentSchema = 8;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public int Schema { get; init; } = CurrentSchema;

    public required string Key { get; init; }

    public required string ContentHash { get; init; }

    public StemmerKind Stemmer { get; init; }

    public DateTimeOffset BuiltAt { get; init; }

    public int PassageCount { get; init; }

    public required IReadOnlyList<IndexedArticle> Articles { get; init; }

    public required IReadOnlyList<SynonymGroup> Synonyms { get; init; }

    public required IReadOnlyList<Topic> Topics { get; init; }

    public required IReadOnlyDictionary<string, int> Words { get; init; }

    public static IndexInfo Read(string folder)
    {
        using var stream = File.OpenRead(Path.Combine(folder, FileName));
        return JsonSerializer.Deserialize<IndexInfo>(stream, Json)
            ?? throw new InvalidDataException($"{FileName} in {folder} is empty");
    }

    public void Write(string folder)
    {
        using var stream = File.Create(Path.Combine(folder, FileName));
        JsonSerializer.Serialize(stream, this, Json);
    }

    /// <summary>An article as the index knows it.</summary>
    internal sealed record IndexedArticle(string Id, string Title, IReadOnlyList<string> Topics);
}
