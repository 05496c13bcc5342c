namespace ValueLedger.Core.Storage;

/// <summary>What <c>reprice</c> did.</summary>
/// <param name="RecordsRepriced">Records whose estimate was recomputed from the price book.</param>
/// <param name="RecordsChanged">Of those, records whose cost or price id changed.</param>
/// <param name="RecordsUnpriced">Records with no known price (left without a cost).</param>
/// <param name="UnknownModels">Provider/model pairs without a price, with their record counts.</param>
public sealed record RepriceResult(
    long RecordsRepriced,
    long RecordsChanged,
    long RecordsUnpriced,
    IReadOnlyList<(string Provider, string? Model, long Records)> UnknownModels);
