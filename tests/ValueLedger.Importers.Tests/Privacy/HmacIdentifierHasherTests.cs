using System.Security.Cryptography;
using System.Text;
using ValueLedger.Importers.Privacy;

namespace ValueLedger.Importers.Tests.Privacy;

public sealed class HmacIdentifierHasherTests
{
    private static readonly byte[] First = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    private static readonly byte[] Second = Enumerable.Range(100, 32).Select(i => (byte)i).ToArray();

    private static string Hmac(byte[] key, string text) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void Hash_OneKey_PlainHmacOfTheTrimmedIdentifier()
    {
        var hasher = new HmacIdentifierHasher([First]);

        Assert.Equal(Hmac(First, "alice@example.com"), hasher.Hash("  alice@example.com "));
        Assert.Equal(new HmacIdentifierHasher(First.AsSpan()).Hash("alice@example.com"), hasher.Hash("alice@example.com"));
        Assert.Null(hasher.Hash("  "));
    }

    [Fact]
    public void Hash_TwoKeys_ChainedSoAStoredHashRekeysToTheSameValue()
    {
        var before = new HmacIdentifierHasher([First]).Hash("alice")!;
        var after = new HmacIdentifierHasher([First, Second]);

        Assert.Equal(Hmac(Second, Hmac(First, "alice")), after.Hash("alice"));
        Assert.Equal(after.Hash("alice"), HmacIdentifierHasher.Rekey(Second, before));
        Assert.NotEqual(before, after.Hash("alice"));
    }

    [Fact]
    public void Fingerprint_OneKeyThenRotated_FirstSixteenHexOfTheKeyCheck()
    {
        var one = new HmacIdentifierHasher([First]);
        var two = new HmacIdentifierHasher([First, Second]);

        Assert.Equal(Hmac(First, "valueledger:key-check")[..16], one.Fingerprint);
        Assert.Equal(16, two.Fingerprint.Length);
        Assert.NotEqual(one.Fingerprint, two.Fingerprint);
        Assert.NotEqual(new HmacIdentifierHasher([Second]).Fingerprint, two.Fingerprint);
    }
}
