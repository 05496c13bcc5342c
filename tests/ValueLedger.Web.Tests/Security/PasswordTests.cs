using ValueLedger.Web.Security;

namespace ValueLedger.Web.Tests.Security;

/// <summary>Password hashes: salted KDF output, never the password; the ledger stores only hashes.</summary>
[Collection(SecurityTestGroup.Name)]
public sealed class PasswordTests(DemoLedgerFixture ledger)
{
    private const string Password = "correct horse battery";

    [Fact]
    public void Passwords_Hash_IsNotThePasswordAndDiffersPerCall()
    {
        var first = Passwords.Hash(Password);
        var second = Passwords.Hash(Password);
        Assert.DoesNotContain(Password, first, StringComparison.Ordinal);
        Assert.NotEqual(first, second);
        Assert.True(first.Length >= 60, $"hash of {first.Length} characters");
    }

    [Fact]
    public void Passwords_Verify_AcceptsRightRejectsWrongAndMalformed()
    {
        var hash = Passwords.Hash(Password);
        Assert.True(Passwords.Verify(hash, Password));
        Assert.False(Passwords.Verify(hash, Password + "!"));
        Assert.False(Passwords.Verify(hash, Password.ToUpperInvariant()));
        Assert.False(Passwords.Verify("not a hash", Password));
    }

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("elevenchars")]
    public void Passwords_Hash_RefusesShorterThan12(string password) =>
        Assert.Throws<ArgumentException>(() => Passwords.Hash(password));

    [Fact]
    public void Passwords_TwelveCharacters_Accepted() => Assert.True(Passwords.Verify(Passwords.Hash("twelve-chars"), "twelve-chars"));

    [Fact]
    public void Ledger_WebLogins_HoldNoPlaintextPassword()
    {
        Assert.Equal(["admin", "auditor", "cfo", "head-of-support"], ledger.StoredPasswordHashes.Keys.Order(StringComparer.Ordinal));
        foreach (var (actor, hash) in ledger.StoredPasswordHashes)
        {
            var password = ledger.DemoPasswords[actor];
            Assert.DoesNotContain(password, hash, StringComparison.Ordinal);
            Assert.True(Passwords.Verify(hash, password), $"{actor}'s stored hash does not verify the demo password");
        }
    }
}
