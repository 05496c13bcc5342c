namespace ValueLedger.Cli.Demo;

/// <summary>
/// A demo J-curve declaration (PRODUCT.md, "J-curve declaration"), in USD at the 200,000-row scale: from
/// <see cref="StartMonth"/>, expected monthly cost C, trough month T with monthly net −D, maturity month M with
/// monthly net V, tolerance w. The sponsor declares it at <see cref="DeclaredAt"/> and signs it at <see cref="SignedAt"/>.
/// </summary>
internal sealed record DemoValueJCurve(
    DateOnly StartMonth,
    decimal MonthlyCost,
    int TroughMonth,
    decimal TroughDepth,
    int MaturityMonth,
    decimal TargetMonthlyNet,
    decimal Tolerance,
    DateTimeOffset DeclaredAt,
    DateTimeOffset SignedAt);
