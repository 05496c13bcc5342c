using System.Security.Cryptography;
using System.Text;
using ValueLedger.Core.Import;

namespace ValueLedger.Importers.Tests.Contract;

/// <summary>HMAC-SHA256 under a fixed test key.</summary>
public sealed class TestHasher : IIdentifierHasher
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("valueledger-test-key");

    public static TestHasher Instance { get; } = new();

    public string? Hash(string? identifier) =>
        string.IsNullOrWhiteSpace(identifier)
            ? null
            : Convert.ToHexStringLower(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(identifier)));
}
