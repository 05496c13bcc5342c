namespace ValueLedger.Core.Ledger;

/// <summary>
/// The two kinds of spend source. They are never added together: cost of record is the money,
/// usage telemetry is the key that splits it (see PRODUCT.md, "Two kinds of spend source").
/// </summary>
public enum RecordKind
{
    /// <summary>What is invoiced: FOCUS lines, provider cost APIs, seat licences.</summary>
    CostOfRecord = 1,

    /// <summary>What was consumed: gateway logs, OTel GenAI spans, provider usage APIs.</summary>
    UsageTelemetry = 2,
}
