using ValueLedger.Core.Value;

namespace ValueLedger.Cli.Demo;

/// <summary>
/// One initiative's part of the demo value story: its attribution agreement (finance, <c>cfo</c>, approves at
/// <see cref="AgreedAt"/>), its J-curve declaration if any, and its monthly claims. Counts and money are for
/// the default 200,000-row demo; <see cref="DemoValueSeeder"/> scales them to other row counts.
/// </summary>
internal sealed record DemoValuePlan(
    string Initiative,
    AttributionMethodKind Method,
    string MetricDefinition,
    decimal ValuePerOutcome,
    DateTimeOffset AgreedAt,
    DemoValueJCurve? JCurve,
    IReadOnlyList<DemoValueClaim> Claims);
