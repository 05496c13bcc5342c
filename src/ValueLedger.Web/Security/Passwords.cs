using Microsoft.AspNetCore.Identity;

namespace ValueLedger.Web.Security;

/// <summary>
/// Password hashing with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>: PBKDF2 with HMAC-SHA512,
/// 100,000 iterations, a 128-bit random salt, the format versioned in the hash so that it can be raised later.
/// </summary>
public static class Passwords
{
    /// <summary>Shorter passwords are refused when set.</summary>
    public const int MinimumLength = 12;

    private static readonly PasswordHasher<object> Hasher = new();
    private static readonly object User = new();

    public static string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (password.Length < MinimumLength)
        {
            throw new ArgumentException($"a password needs at least {MinimumLength} characters", nameof(password));
        }

        return Hasher.HashPassword(User, password);
    }

    /// <summary>True when <paramref name="password"/> matches <paramref name="hash"/>; false for a malformed hash.</summary>
    public static bool Verify(string hash, string password)
    {
        ArgumentNullException.ThrowIfNull(hash);
        ArgumentNullException.ThrowIfNull(password);
        try
        {
            return Hasher.VerifyHashedPassword(User, hash, password) != PasswordVerificationResult.Failed;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
