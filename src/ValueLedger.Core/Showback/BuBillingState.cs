using ValueLedger.Core.Organisation;

namespace ValueLedger.Core.Showback;

/// <summary>
/// A business unit's effective billing mode. It is billed (chargeback) only when the organisation
/// declares <c>mode: chargeback</c> AND the latest acknowledgement was given by the declared owner
/// (ordinal comparison); otherwise its statements are informational, and <see cref="Note"/> says why
/// when chargeback is declared but not (or no longer) acknowledged.
/// </summary>
public sealed record BuBillingState(BillingMode DeclaredMode, BuAcknowledgement? Acknowledgement, StatementStatus Status, string? Note)
{
    public BillingMode EffectiveMode => Status == StatementStatus.Billable ? BillingMode.Chargeback : BillingMode.Showback;

    /// <summary>The state of <paramref name="unit"/> given its latest acknowledgement (null: never acknowledged).</summary>
    public static BuBillingState Of(BusinessUnit unit, BuAcknowledgement? latest)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.Mode != BillingMode.Chargeback)
        {
            return new(unit.Mode, latest, StatementStatus.Informational, null);
        }

        if (unit.Owner is null)
        {
            return new(unit.Mode, latest, StatementStatus.Informational,
                "chargeback is declared but the organisation names no owner to acknowledge it; informational until an owner is declared and acknowledges");
        }

        if (latest is null)
        {
            return new(unit.Mode, latest, StatementStatus.Informational,
                $"chargeback is declared but not acknowledged by the owner ({unit.Owner}); informational until `valueledger bu acknowledge {unit.Id} --owner {unit.Owner}`");
        }

        if (!string.Equals(latest.Owner, unit.Owner, StringComparison.Ordinal))
        {
            return new(unit.Mode, latest, StatementStatus.Informational,
                $"chargeback is declared but the latest acknowledgement is by {latest.Owner}, not the declared owner {unit.Owner}; informational until {unit.Owner} acknowledges");
        }

        return new(unit.Mode, latest, StatementStatus.Billable, null);
    }

    /// <summary>For an allocation to a unit the organisation no longer declares, or to Unallocated.</summary>
    public static BuBillingState Undeclared(string? note) => new(BillingMode.Showback, null, StatementStatus.Informational, note);
}
