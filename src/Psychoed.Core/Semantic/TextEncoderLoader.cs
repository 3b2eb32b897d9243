using Microsoft.Extensions.Logging;

namespace Psychoed.Core.Semantic;

/// <summary>Loads the sentence-embedding model once for a process, or says why search stays BM25 only.</summary>
public static class TextEncoderLoader
{
    /// <summary>
    /// The model, or null when <see cref="EncoderOptions.Enabled"/> is off or it cannot load (missing
    /// package resources, no native ONNX Runtime for this platform): then a warning is logged and
    /// searches use BM25 only.
    /// </summary>
    public static ITextEncoder? Load(EncoderOptions options, ILogger logger)
    {
        if (!options.Enabled)
        {
            logger.LogInformation("Semantic search is turned off (Encoder:Enabled=false); searching with BM25 only");
            return null;
        }

        try
        {
            return new MiniLmEncoder(options);
        }
        catch (Exception e)
        {
            // Anything the model or its native runtime throws while loading: serve BM25 rather than nothing.
            logger.LogWarning(e, "The {Model} sentence-embedding model could not be loaded; searching with BM25 only", MiniLmEncoder.Model);
            return null;
        }
    }
}
