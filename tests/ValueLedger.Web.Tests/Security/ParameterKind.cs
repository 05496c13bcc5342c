namespace ValueLedger.Web.Tests.Security;

/// <summary>What a route or query parameter names, so that the walker can fill it with a real value.</summary>
public enum ParameterKind
{
    /// <summary>A name nobody mapped: <c>RouteWalker_EveryParameterIsKnown</c> fails until it is added to <see cref="KnownParameters"/>.</summary>
    Unknown,
    BusinessUnit,
    Initiative,
    Outcome,
    Month,
    Day,
    Asset,
    Source,
    Token,
    Actor,
    Document,

    /// <summary>A version number of an object named by an earlier parameter (J-curve versions).</summary>
    Version,

    /// <summary>A readiness control of an initiative (kebab-case, e.g. usage-monitoring).</summary>
    Control,

    /// <summary>A ledger line, <c>SOURCE_ID:SEQ</c> (explain line).</summary>
    Line,

    /// <summary>An entry of the resistance-and-enabler map (organisation-wide, e.g. engineering-surveillance).</summary>
    Resistance,

    /// <summary>An entry of the role-redesign register (scoped by its business unit, e.g. support-agent).</summary>
    RoleChange,
}
