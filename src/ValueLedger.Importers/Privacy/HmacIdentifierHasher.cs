using System.Security.Cryptography;
using System.Text;
using ValueLedger.Core.Import;

namespace ValueLedger.Importers.Privacy;

/// <summary>
/// HMAC-SHA256 of a person identifier under the installation secret, as lower-case hex. The same
/// identifier always gives the same hash under one secret, so records can be grouped, but without the
/// secret the hash cannot be tested against a list of known logins or emails.
/// </summary>
public sealed class HmacIdentifierHasher : IIdentifierHasher
{
    private readonly byte[] _key;

    public HmacIdentifierHasher(ReadOnlySpan<byte> key)
    {
        if (key.Length < 16)
        {
            throw new ArgumentException("the installation secret must be at least 16 bytes", nameof(key));
        }

        _key = key.ToArray();
    }

    public string? Hash(string? identifier)
    {
        if (string.IsNullOrWhiteSpace(identifier))
        {
            return null;
        }

        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(identifier.Trim()), mac);
        return Convert.ToHexStringLower(mac);
    }
}
