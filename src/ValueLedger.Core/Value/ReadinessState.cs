namespace ValueLedger.Core.Value;

/// <summary>A readiness control's state. Text form: <c>missing</c>, <c>in-progress</c>, <c>evidenced</c> (needs a link), <c>waived</c> (needs an authorised role and a reason).</summary>
public enum ReadinessState
{
    Missing,
    InProgress,
    Evidenced,
    Waived,
}
