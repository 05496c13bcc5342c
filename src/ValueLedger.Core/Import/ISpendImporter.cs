namespace ValueLedger.Core.Import;

/// <summary>
/// Reads one source format into normalised <see cref="Ledger.SpendRecord"/>s. Implementations
/// stream (memory does not grow with input size), never throw on bad input (they report
/// <see cref="RowError"/>s with line numbers), and honour cancellation.
/// </summary>
public interface ISpendImporter
{
    /// <summary>Stable id used by <c>--format</c> and recorded in the import history.</summary>
    string Format { get; }

    /// <summary>One line for help text.</summary>
    string Description { get; }

    /// <summary>How a new import of this format relates to what the ledger holds.</summary>
    ReplacementPolicy Replacement { get; }

    /// <summary>
    /// Whether <paramref name="head"/> (the first bytes of the decompressed input, up to 64 KiB) looks
    /// like this format. <paramref name="fileName"/> may help but must not decide alone.
    /// </summary>
    FormatDetection Detect(ReadOnlySpan<byte> head, string fileName);

    /// <summary>
    /// Reads <paramref name="input"/> (already decompressed) to the end, or until the sink says stop.
    /// </summary>
    Task ReadAsync(Stream input, ImportContext context, IRecordSink sink, CancellationToken cancellationToken);
}
