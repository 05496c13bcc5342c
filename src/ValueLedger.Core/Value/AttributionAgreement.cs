namespace ValueLedger.Core.Value;

/// <summary>
/// An attribution method agreed in advance for an initiative: the method, what one successful outcome
/// is (<see cref="MetricDefinition"/>), the value of one outcome in <see cref="Currency"/>, and the
/// finance approver and time. Append-only: a later agreement for the same initiative supersedes the
/// earlier one from its <see cref="AgreedAt"/>; claims whose period starts before the first agreement stay claims.
/// </summary>
public sealed record AttributionAgreement(
    string Initiative,
    AttributionMethodKind Method,
    string MetricDefinition,
    decimal ValuePerOutcome,
    string Currency,
    string Approver,
    DateTimeOffset AgreedAt);
