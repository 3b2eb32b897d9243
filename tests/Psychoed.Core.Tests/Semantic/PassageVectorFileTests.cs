using Psychoed.Core.Semantic;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Semantic;

public sealed class PassageVectorFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static PassageVectors Sample() => new(
        "model-a", 3, [0, 2], [PassageVectors.HashOf("first"), PassageVectors.HashOf("second")], [1, 0, 0, 0, 0.6f, 0.8f], maxDoc: 4);

    [Fact]
    public void Vectors_written_with_a_generation_read_back_the_same()
    {
        PassageVectorFile.Write(_folder.Path, Sample());

        var read = PassageVectorFile.Read(_folder.Path, "model-a", 3, maxDoc: 4);

        Assert.Equal([0, 2], read.Docs);
        Assert.Equal(Sample().Hashes, read.Hashes);
        Assert.Equal(Sample().Matrix.ToArray(), read.Matrix.ToArray());
        Assert.Equal(1, read.RowOf(2));
        Assert.Equal(-1, read.RowOf(1));
        Assert.True(read.TryGet(PassageVectors.HashOf("second"), out var second));
        Assert.Equal(0.8f, second[2]);
    }

    [Fact]
    public void A_damaged_file_is_refused()
    {
        PassageVectorFile.Write(_folder.Path, Sample());
        var path = PassageVectorFile.PathIn(_folder.Path);
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(path, bytes);

        Assert.Throws<InvalidDataException>(() => PassageVectorFile.Read(_folder.Path, "model-a", 3, maxDoc: 4));
    }

    [Fact]
    public void A_truncated_or_missing_file_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => PassageVectorFile.Read(_folder.Path, "model-a", 3, maxDoc: 4));
        PassageVectorFile.Write(_folder.Path, Sample());
        var path = PassageVectorFile.PathIn(_folder.Path);
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..20]);

        Assert.Throws<InvalidDataException>(() => PassageVectorFile.Read(_folder.Path, "model-a", 3, maxDoc: 4));
    }

    [Fact]
    public void Vectors_of_another_model_or_dimension_are_refused()
    {
        PassageVectorFile.Write(_folder.Path, Sample());

        Assert.Throws<InvalidDataException>(() => PassageVectorFile.Read(_folder.Path, "model-b", 3, maxDoc: 4));
        Assert.Throws<InvalidDataException>(() => PassageVectorFile.Read(_folder.Path, "model-a", 4, maxDoc: 4));
    }

    [Fact]
    public void Every_passage_is_scored_by_its_dot_product_with_the_query()
    {
        var scores = new float[2];

        Sample().ScoreAll([0, 0.6f, 0.8f], scores);

        Assert.Equal(0f, scores[0], 4);
        Assert.Equal(1f, scores[1], 4);
    }
}
