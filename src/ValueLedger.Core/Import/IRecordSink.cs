using ValueLedger.Core.Ledger;

namespace ValueLedger.Core.Import;

/// <summary>Where an importer pushes what it read. Not thread-safe: one importer, one thread.</summary>
public interface IRecordSink
{
    /// <summary>Takes one good record.</summary>
    void Accept(SpendRecord record);

    /// <summary>
    /// Reports a row that could not be read.
    /// </summary>
    /// <returns>True to go on reading; false to stop at once (strict mode, or a fatal error).</returns>
    bool Reject(RowError error);
}
