using Psychoed.Core.Safety;
using Psychoed.Core.Semantic;

namespace Psychoed.Core.Tests.Safety;

/// <summary>The exemplar bank loads and validates; the exemplar screen returns the best exemplar per class.</summary>
public sealed class ExemplarScreenTests
{
    [Fact]
    public void The_built_in_bank_has_every_required_class_with_enough_unique_exemplars()
    {
        var bank = ExemplarBank.BuiltIn();

        foreach (var name in ExemplarBank.RequiredClasses)
        {
            Assert.True(bank.Exemplars.Count(e => e.Class == name) >= 10, name);
        }

        Assert.Equal(bank.Exemplars.Count, bank.Exemplars.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void A_bank_with_a_duplicate_id_or_a_thin_class_lists_every_problem()
    {
        var yaml = "classes:\n  crisis_suicide:\n    - { id: a, text: one }\n    - { id: a, text: two }\n";

        var error = Assert.Throws<SafetyDataException>(() => ExemplarBank.Parse(yaml));

        Assert.Contains(error.Problems, p => p.Contains("duplicate id 'a'", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("class 'risk_burden' has 0", StringComparison.Ordinal));
    }

    [Fact]
    public void The_screen_returns_the_closest_exemplar_of_each_class_with_its_score()
    {
        var encoder = new WordHashEncoder();
        var screen = new ExemplarScreen(ExemplarBank.BuiltIn(), encoder);

        var matches = screen.Score(encoder.Encode("i am a burden to everyone around me"));

        var best = matches[0];
        Assert.Equal("risk_burden", best.Class);
        Assert.Equal("rb-01", best.ExemplarId);
        Assert.True(best.Score > 0.8f, $"score {best.Score}");
        Assert.Equal(ExemplarBank.BuiltIn().Classes.Count, matches.Count);
    }

    [Fact]
    public void A_vector_of_the_wrong_length_is_refused()
    {
        var screen = new ExemplarScreen(ExemplarBank.BuiltIn(), new WordHashEncoder());

        Assert.Throws<ArgumentException>(() => screen.Score(new float[3]));
    }

    /// <summary>A stand-in encoder: hashed bag of words, L2-normalised. Similar wording gives similar vectors.</summary>
    private sealed class WordHashEncoder : ITextEncoder
    {
        public int Dimensions => 256;

        public string ModelId => "test-word-hash";

        public float[] Encode(string text)
        {
            var vector = new float[Dimensions];
            foreach (var word in text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                vector[(int)((uint)StringComparer.Ordinal.GetHashCode(word) % Dimensions)] += 1f;
            }

            var norm = MathF.Sqrt(vector.Sum(v => v * v));
            return norm == 0 ? vector : vector.Select(v => v / norm).ToArray();
        }

        public IReadOnlyList<float[]> EncodeBatch(IReadOnlyList<string> texts) => texts.Select(Encode).ToList();
    }
}
