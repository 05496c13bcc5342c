namespace ValueLedger.Core.Import;

/// <summary>Replaces a person identifier (login, email, end-user id) by a keyed hash.</summary>
public interface IIdentifierHasher
{
    /// <summary>A stable, keyed, lower-case hex hash of <paramref name="identifier"/>; null for null or blank.</summary>
    string? Hash(string? identifier);
}
