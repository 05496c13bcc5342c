using ValueLedger.Core.Import;
using ValueLedger.Core.Ledger;
using ValueLedger.Core.Storage;

namespace ValueLedger.Storage.DuckDb.Tests.People;

/// <summary>Usage records with an end-user hash (the ledger side of telemetry active days), imported as one file.</summary>
internal static class EndUserRecords
{
    private static long key;

    public static SpendRecord Usage(DateTime at, string? endUser) => new()
    {
        Kind = RecordKind.UsageTelemetry,
        RecordKey = "req-" + Interlocked.Increment(ref key),
        Provider = "openai",
        ChargePeriodStart = at,
        ChargePeriodEnd = at.AddSeconds(1),
        Requests = 1,
        Currency = "USD",
        EndUserHash = endUser,
        AiScope = true,
    };

    public static async Task ImportAsync(DuckDbSpendStore store, string fileName, IReadOnlyList<SpendRecord> records)
    {
        var manifest = new ImportManifest(fileName, fileName + "-sha", 100, "otlp-json", ReplacementPolicy.SkipDuplicateKeys, PeopleStoreTests.At);
        await using var session = await store.BeginImportAsync(manifest, CancellationToken.None);
        foreach (var record in records)
        {
            session.Append(record);
        }

        await session.CommitAsync(new ImportStatistics(records.Count, 0, null), CancellationToken.None);
    }
}
