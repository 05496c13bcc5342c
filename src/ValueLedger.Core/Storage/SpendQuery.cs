namespace ValueLedger.Core.Storage;

/// <summary>Dimensions <c>valueledger spend --by</c> can group on.</summary>
public enum SpendDimension
{
    Provider = 1,
    Account,
    Service,
    Model,
    Day,
    Month,
    Source,
    Tag,
}

/// <summary>One grouping; <see cref="TagKey"/> is set for <see cref="SpendDimension.Tag"/> (matched ignoring case and stray spaces).</summary>
public sealed record SpendGrouping(SpendDimension Dimension, string? TagKey = null)
{
    /// <summary>The column heading: the dimension's name, or <c>tag:KEY</c>.</summary>
    public string Label => Dimension == SpendDimension.Tag ? $"tag:{TagKey}" : Dimension.ToString().ToLowerInvariant();
}

/// <summary>Which records count.</summary>
public enum SpendScope
{
    /// <summary>AI spend only (the default).</summary>
    Ai = 1,

    /// <summary>Everything, AI or not.</summary>
    All = 2,
}

/// <summary>
/// A spend question. The period is half-open <c>[From, To)</c> on the charge period start, UTC;
/// null ends are open.
/// </summary>
public sealed record SpendQuery(IReadOnlyList<SpendGrouping> GroupBy, DateTime? From, DateTime? To, SpendScope Scope);

/// <summary>
/// One group of spend in one currency. <see cref="Cost"/> is the money: cost of record plus telemetry
/// that no bill covers (at its estimated cost). Covered telemetry is never added: it is the key that
/// splits the bill, and its estimate is shown apart for reconciliation. <see cref="BilledCost"/> is the
/// invoice figure (FOCUS BilledCost of the cost lines), kept to reconcile with the invoice.
/// </summary>
public sealed record SpendRow(
    IReadOnlyList<string?> Keys,
    string Currency,
    decimal Cost,
    decimal CostOfRecord,
    decimal EstimatedUncovered,
    decimal CoveredTelemetryEstimate,
    long CostLines,
    long TelemetryRecords,
    long UnpricedTelemetryRecords,
    long Requests,
    long Tokens,
    decimal BilledCost = 0m);
