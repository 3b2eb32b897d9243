using System.Numerics.Tensors;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Semantic;

[Collection(EncoderCollection.Name)]
public sealed class MiniLmEncoderTests(EncoderFixture fixture)
{
    [Fact]
    public void The_encoder_returns_unit_length_vectors_of_its_dimension()
    {
        var vector = fixture.Encoder.Encode("how can I sleep better when I worry at night");

        Assert.Equal(384, fixture.Encoder.Dimensions);
        Assert.Equal(384, vector.Length);
        Assert.Equal(1f, TensorPrimitives.Norm(vector), 3);
        Assert.StartsWith("all-MiniLM-L6-v2", fixture.Encoder.ModelId, StringComparison.Ordinal);
    }

    [Fact]
    public void Sentences_about_the_same_concern_are_closer_than_unrelated_ones()
    {
        var vectors = fixture.Encoder.EncodeBatch([
            "I keep having panic attacks and my heart races",
            "what helps when a sudden wave of panic hits",
            "the recipe needs two cups of flour and an egg",
        ]);

        var related = TensorPrimitives.Dot(vectors[0], vectors[1]);
        var unrelated = TensorPrimitives.Dot(vectors[0], vectors[2]);
        Assert.True(related > unrelated + 0.3f, $"related {related:0.00}, unrelated {unrelated:0.00}");
    }

    [Fact]
    public void A_batch_gives_the_same_vectors_in_the_same_order_as_one_text_at_a_time()
    {
        string[] texts = ["short", "a somewhat longer sentence about feeling low for weeks", ""];

        var batch = fixture.Encoder.EncodeBatch(texts);

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(1f, TensorPrimitives.CosineSimilarity(batch[i], fixture.Encoder.Encode(texts[i])), 3);
        }
    }

    [Fact]
    public void Text_longer_than_the_token_limit_is_cut_rather_than_refused()
    {
        var longText = string.Join(" ", Enumerable.Repeat("worry", 2000));

        var vector = fixture.Encoder.Encode(longText);

        Assert.Equal(1f, TensorPrimitives.Norm(vector), 3);
    }
}
