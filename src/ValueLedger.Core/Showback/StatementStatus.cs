namespace ValueLedger.Core.Showback;

/// <summary>Whether a statement bills its business unit (chargeback) or only informs it (showback).</summary>
public enum StatementStatus
{
    /// <summary>Showback: the figures are shown, nothing is charged.</summary>
    Informational,

    /// <summary>Chargeback: declared in the organisation and acknowledged by the unit's declared owner.</summary>
    Billable,
}
