using ValueLedger.Core.Import;
using ValueLedger.Core.Ledger;

namespace ValueLedger.Importers.Tests.Contract;

/// <summary>Keeps what an importer produced. <see cref="StopAtFirstError"/> mimics strict mode.</summary>
public sealed class CollectingSink(bool stopAtFirstError = false) : IRecordSink
{
    public List<SpendRecord> Records { get; } = [];

    public List<RowError> Errors { get; } = [];

    public bool StopAtFirstError { get; } = stopAtFirstError;

    public void Accept(SpendRecord record) => Records.Add(record);

    public bool Reject(RowError error)
    {
        Errors.Add(error);
        return !StopAtFirstError && !error.IsFatal;
    }
}
