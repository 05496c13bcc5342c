namespace ValueLedger.Core.Showback;

/// <summary>
/// A statement's figures in one currency for its month. <see cref="Amount"/> is net (credits included);
/// <see cref="Gross"/> counts only shares of lines with a positive cost; <see cref="Estimated"/> is the net
/// part from usage telemetry no bill covers (included in <see cref="Amount"/>). <see cref="Previous"/> is the
/// previous month's net amount, null when that month has no rows in this currency; <see cref="Change"/> =
/// <see cref="Amount"/> − (<see cref="Previous"/> or 0); <see cref="ChangePercent"/> = <see cref="Change"/> /
/// |<see cref="Previous"/>| × 100, null (undefined, never infinite) when <see cref="Previous"/> is null or 0.
/// </summary>
public sealed record StatementTotal(string Currency, decimal Amount, decimal Gross, decimal Estimated, decimal? Previous, decimal Change, decimal? ChangePercent)
{
    public static StatementTotal Of(string currency, decimal amount, decimal gross, decimal estimated, decimal? previous)
    {
        var change = amount - (previous ?? 0m);
        decimal? percent = previous is { } p && p != 0m ? change / Math.Abs(p) * 100m : null;
        return new(currency, amount, gross, estimated, previous, change, percent);
    }
}
