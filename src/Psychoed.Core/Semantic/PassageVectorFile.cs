using System.Security.Cryptography;

namespace Psychoed.Core.Semantic;

/// <summary>
/// The passage vectors of an index generation on disk, beside the Lucene files: a header (magic,
/// version, model id, dimensions, rows), then per row the document, the content hash and the vector,
/// then a SHA-256 of everything before it. A file that is damaged or made by another model is refused.
/// </summary>
internal static class PassageVectorFile
{
    public const string FileName = "passage-vectors.bin";

    private const uint Magic = 0x56535950; // "PYSV"
    private const int Version = 1;

    public static string PathIn(string folder) => Path.Combine(folder, FileName);

    public static void Write(string folder, PassageVectors vectors)
    {
        var path = PathIn(folder);
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var hashing = new HashingStream(stream))
        using (var writer = new BinaryWriter(hashing))
        {
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write(vectors.ModelId);
            writer.Write(vectors.Dimensions);
            writer.Write(vectors.Count);
            for (var row = 0; row < vectors.Count; row++)
            {
                writer.Write(vectors.Docs[row]);
                writer.Write((ulong)vectors.Hashes[row]);
                writer.Write((ulong)(vectors.Hashes[row] >> 64));
                writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(vectors.Row(row)));
            }

            writer.Flush();
            stream.Write(hashing.Finish());
        }
    }

    /// <summary>
    /// Reads the vectors; throws <see cref="InvalidDataException"/> when damaged or made by another model.
    /// A negative <paramref name="maxDoc"/> takes the largest stored document (for reuse, not search).
    /// </summary>
    public static PassageVectors Read(string folder, string modelId, int dimensions, int maxDoc)
    {
        var path = PathIn(folder);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{FileName} is missing");
        }

        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 32 + 16)
        {
            throw new InvalidDataException($"{FileName} is truncated");
        }

        var body = bytes.AsSpan(0, bytes.Length - 32);
        if (!SHA256.HashData(body).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - 32)))
        {
            throw new InvalidDataException($"{FileName} is damaged (checksum mismatch)");
        }

        using var reader = new BinaryReader(new MemoryStream(bytes, 0, body.Length, writable: false));
        if (reader.ReadUInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException($"{FileName} has an unknown format");
        }

        var model = reader.ReadString();
        var dims = reader.ReadInt32();
        if (model != modelId || dims != dimensions)
        {
            throw new InvalidDataException($"{FileName} holds {model} ({dims} dimensions), not {modelId} ({dimensions})");
        }

        var count = reader.ReadInt32();
        if (count < 0 || (long)count * (4 + 16 + (4L * dims)) != body.Length - reader.BaseStream.Position)
        {
            throw new InvalidDataException($"{FileName} has the wrong length for {count} rows");
        }

        var docs = new int[count];
        var hashes = new UInt128[count];
        var matrix = new float[count * dims];
        for (var row = 0; row < count; row++)
        {
            docs[row] = reader.ReadInt32();
            hashes[row] = reader.ReadUInt64() | ((UInt128)reader.ReadUInt64() << 64);
            reader.Read(System.Runtime.InteropServices.MemoryMarshal.AsBytes(matrix.AsSpan(row * dims, dims)));
        }

        return new PassageVectors(model, dims, docs, hashes, matrix, maxDoc >= 0 ? maxDoc : docs.DefaultIfEmpty(-1).Max() + 1);
    }

    // Hashes what passes through, so the checksum costs no second pass over a large file.
    private sealed class HashingStream(Stream inner) : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public byte[] Finish() => _hash.GetHashAndReset();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _hash.AppendData(buffer);
            inner.Write(buffer);
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _hash.Dispose();
            }

            // The inner stream belongs to the caller, which writes the checksum after this one.
            base.Dispose(disposing);
        }
    }
}
