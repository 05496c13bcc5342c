namespace ValueLedger.Core.Value;

/// <summary>The audit log's action names.</summary>
public static class AuditActions
{
    public const string AttributionAgree = "attribution.agree";
    public const string OutcomeRecord = "outcome.record";
    public const string OutcomeValidate = "outcome.validate";
    public const string OutcomeReject = "outcome.reject";
    public const string JCurveDeclare = "jcurve.declare";
    public const string JCurveSign = "jcurve.sign";
    public const string ReadinessSet = "readiness.set";
    public const string StageTransition = "initiative.transition";
    public const string BuAcknowledge = "bu.acknowledge";
    public const string LoginSetPassword = "login.set-password";
    public const string LoginRemove = "login.remove";
    public const string TokenCreate = "token.create";
    public const string TokenRevoke = "token.revoke";
    public const string ImportFile = "import.file";
    public const string AllocationRun = "allocation.run";

    /// <summary>A batch of live OTLP telemetry committed (one entry per sending token's actor).</summary>
    public const string TelemetryReceive = "telemetry.receive";
}
