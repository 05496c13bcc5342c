namespace ValueLedger.Core.Showback;

/// <summary>
/// A business unit's owner acknowledging ownership of the unit's AI spend (the precondition of
/// chargeback). Append-only: the latest acknowledgement per unit (by <see cref="AcknowledgedAt"/>, UTC) counts.
/// <see cref="Owner"/> is the role or name the organisation declares as the unit's owner, never a person's login.
/// </summary>
public sealed record BuAcknowledgement(string Bu, string Owner, DateTimeOffset AcknowledgedAt, string? Note)
{
    /// <summary>The latest acknowledgement per business unit (ties: the later in <paramref name="history"/>), keyed by unit id.</summary>
    public static IReadOnlyDictionary<string, BuAcknowledgement> LatestPerBu(IEnumerable<BuAcknowledgement> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var latest = new Dictionary<string, BuAcknowledgement>(StringComparer.Ordinal);
        foreach (var acknowledgement in history)
        {
            if (!latest.TryGetValue(acknowledgement.Bu, out var seen) || acknowledgement.AcknowledgedAt >= seen.AcknowledgedAt)
            {
                latest[acknowledgement.Bu] = acknowledgement;
            }
        }

        return latest;
    }
}
