namespace ValueLedger.Core.Value;

/// <summary>
/// A J-curve declaration (PRODUCT.md): from <see cref="StartMonth"/> (the first of a month; month 0),
/// expected monthly cost C (<see cref="MonthlyCost"/>); trough month T (<see cref="TroughMonth"/>) where the
/// monthly net value is −D (<see cref="TroughDepth"/> is D, positive); maturity month M
/// (<see cref="MaturityMonth"/>) where it reaches V (<see cref="TargetMonthlyNet"/>); tolerance w
/// (<see cref="Tolerance"/>, a fraction). Money in <see cref="Currency"/>. Versions of one initiative
/// are 1, 2, ...; a signed version is immutable (a change is a new version; the old stays visible).
/// </summary>
public sealed record JCurveDeclaration(
    string Initiative,
    int Version,
    DateOnly StartMonth,
    decimal MonthlyCost,
    int TroughMonth,
    decimal TroughDepth,
    int MaturityMonth,
    decimal TargetMonthlyNet,
    decimal Tolerance,
    string Currency,
    string DeclaredBy,
    DateTimeOffset DeclaredAt,
    string? SignedBy,
    DateTimeOffset? SignedAt)
{
    public bool IsSigned => SignedAt is not null;
}
