using System.Security.Cryptography;
using System.Text;

namespace ValueLedger.Core.Security;

/// <summary>
/// API token secrets: <c>vl_</c> + a 10-character id + <c>_</c> + 256 random bits (base64url). Tokens are high-entropy,
/// so a plain SHA-256 of the whole token is enough to look one up without storing it (a KDF is for passwords).
/// </summary>
public static class ApiTokenSecret
{
    public const string Prefix = "vl_";

    /// <summary>A new token; <paramref name="id"/> is its public id (shown in lists, used to revoke).</summary>
    public static string Create(out string id)
    {
        id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
        return Prefix + id + "_" + Base64Url(RandomNumberGenerator.GetBytes(32));
    }

    /// <summary>Lower-case hex SHA-256 of the token's UTF-8 bytes.</summary>
    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    /// <summary>Looks like a token (shape only): saves a ledger lookup for garbage.</summary>
    public static bool LooksLikeToken(string candidate) =>
        candidate.StartsWith(Prefix, StringComparison.Ordinal) && candidate.Length is > 20 and < 100;

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
