namespace ValueLedger.Core.Value;

/// <summary>An outcome record's status: <c>claimed → validated | rejected</c>; a review happens once.</summary>
public enum OutcomeStatus
{
    Claimed,
    Validated,
    Rejected,
}
