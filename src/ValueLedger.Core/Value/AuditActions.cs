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

    /// <summary>A people file (seats, training, Copilot usage, surveys, SOP status, review and capacity records) imported.</summary>
    public const string PeopleImport = "people.import";

    /// <summary>A resistance-and-enabler map entry added or edited.</summary>
    public const string RegisterResistance = "register.resistance";

    /// <summary>A role-redesign register entry added or edited.</summary>
    public const string RegisterRole = "register.role";

    /// <summary>The installation secret rotated and the ledger's person hashes re-keyed.</summary>
    public const string SecretRotate = "secret.rotate";
}
