using System.Security.Cryptography;
using System.Text;

namespace Psychoed.Data;

/// <summary>
/// Turns channel user and conversation ids into salted HMAC-SHA256 hashes, so staff can count
/// repeat askers without the database holding an id that leads back to a person.
/// </summary>
public sealed class IdentityHasher
{
    private readonly byte[] _key;

    /// <summary>Creates a hasher with a per-deployment secret salt.</summary>
    public IdentityHasher(string salt)
    {
        ArgumentException.ThrowIfNullOrEmpty(salt);
        _key = Encoding.UTF8.GetBytes(salt);
    }

    /// <summary>The hash of <paramref name="id"/>: 32 hex characters.</summary>
    public string Hash(string? id)
    {
        var bytes = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(id ?? ""));
        return Convert.ToHexStringLower(bytes, 0, 16);
    }
}
