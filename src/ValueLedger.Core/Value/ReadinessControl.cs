namespace ValueLedger.Core.Value;

/// <summary>The five production-readiness controls (PRODUCT.md). Text form: kebab-case, e.g. <c>role-based-training</c>.</summary>
public enum ReadinessControl
{
    RoleBasedTraining,
    SopsAndRunbooks,
    UsageMonitoring,
    ExceptionManagement,
    HumanAuthority,
}
