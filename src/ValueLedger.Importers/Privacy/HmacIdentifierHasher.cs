using System.Security.Cryptography;
using System.Text;
using ValueLedger.Core.Import;

namespace ValueLedger.Importers.Privacy;

/// <summary>
/// HMAC-SHA256 of a person identifier under the installation secret, as lower-case hex. The same identifier always
/// gives the same hash under one secret, so records can be grouped, but without the secret the hash cannot be tested
/// against a list of known logins or emails.
/// </summary>
/// <remarks>
/// With several keys (oldest first, after rotations) the hash is chained: <c>HMAC(k_n, … HMAC(k_2, HMAC(k_1, id)))</c>,
/// each inner hash fed on as its lower-case hex text. So a stored hash <c>h</c> is re-keyed to the new chain by
/// <see cref="Rekey"/> (<c>HMAC(k_new, h)</c>) without the raw identifier, and a single key gives what it always gave.
/// </remarks>
public sealed class HmacIdentifierHasher : IIdentifierHasher
{
    /// <summary>What the fingerprint hashes: a fixed text, so the fingerprint names the key chain and reveals no identifier.</summary>
    private const string FingerprintInput = "valueledger:key-check";

    private readonly byte[][] _keys;

    public HmacIdentifierHasher(ReadOnlySpan<byte> key)
        : this([key.ToArray()])
    {
    }

    public HmacIdentifierHasher(IReadOnlyList<byte[]> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0 || keys.Any(k => k is null || k.Length < 16))
        {
            throw new ArgumentException("the installation secret needs at least one key of at least 16 bytes", nameof(keys));
        }

        _keys = [.. keys.Select(k => k.ToArray())];
    }

    /// <summary>How many keys the chain has (1 + the rotations).</summary>
    public int KeyCount => _keys.Length;

    /// <summary>
    /// Names the key chain without revealing it: the first 16 hex digits of the hash of a fixed text. A ledger records it
    /// when a hasher is first opened for it, and refuses a secret with another one.
    /// </summary>
    public string Fingerprint => Hash(FingerprintInput)![..16];

    public string? Hash(string? identifier)
    {
        if (string.IsNullOrWhiteSpace(identifier))
        {
            return null;
        }

        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(_keys[0], Encoding.UTF8.GetBytes(identifier.Trim()), mac);
        Span<byte> hex = stackalloc byte[64];
        for (var i = 1; i < _keys.Length; i++)
        {
            Hex(mac, hex);
            HMACSHA256.HashData(_keys[i], hex, mac);
        }

        return Convert.ToHexStringLower(mac);
    }

    /// <summary>A stored hash (lower-case hex) carried one key further: <c>HMAC(key, hash)</c>.</summary>
    public static string Rekey(ReadOnlySpan<byte> key, string hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(hash), mac);
        return Convert.ToHexStringLower(mac);
    }

    private static void Hex(ReadOnlySpan<byte> bytes, Span<byte> hex)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            hex[2 * i] = (byte)"0123456789abcdef"[bytes[i] >> 4];
            hex[(2 * i) + 1] = (byte)"0123456789abcdef"[bytes[i] & 0xF];
        }
    }
}
