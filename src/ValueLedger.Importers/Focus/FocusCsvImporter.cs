using System.Globalization;
using nietras.SeparatedValues;
using ValueLedger.Core.Import;

namespace ValueLedger.Importers.Focus;

/// <summary>
/// Reads FOCUS 1.0–1.3 cost and usage exports (CSV, already decompressed) as cost-of-record lines.
/// Streams with Sep: memory is bounded by the longest row, not the file. Each line's key is its
/// line number, because a FOCUS export is a snapshot that replaces its billing periods whole.
/// </summary>
public sealed class FocusCsvImporter : ISpendImporter
{
    /// <summary>Rows between cancellation checks.</summary>
    private const int CancellationCheckInterval = 4096;

    public string Format => "focus";

    public string Description => "FOCUS 1.0-1.3 cost and usage export (CSV) from AWS, Azure, Google Cloud, OCI or any FOCUS producer";

    public ReplacementPolicy Replacement => ReplacementPolicy.ReplaceBillingPeriods;

    public FormatDetection Detect(ReadOnlySpan<byte> head, string fileName) => FocusFormatDetector.Detect(head);

    public async Task ReadAsync(Stream input, ImportContext context, IRecordSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        cancellationToken.ThrowIfCancellationRequested();

        var options = new SepReaderOptions(new Sep(','))
        {
            Unescape = true,
            // Rows of the wrong width are reported per line below, instead of Sep throwing.
            DisableColCountCheck = true,
            CultureInfo = CultureInfo.InvariantCulture,
        };

        SepReader reader;
        try
        {
            reader = await options.FromAsync(input, leaveOpen: true, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException ex)
        {
            // Sep rejects a header that names a column twice.
            sink.Reject(new RowError(1, null, "the header cannot be read (a column name appears twice?)", RowError.Excerpt(ex.Message), IsFatal: true));
            return;
        }
        catch (NotSupportedException ex)
        {
            sink.Reject(new RowError(1, null, "the header is too long to be a CSV header (an unclosed quote?)", RowError.Excerpt(ex.Message), IsFatal: true));
            return;
        }

        using (reader)
        {
            await ReadRowsAsync(reader, sink, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task ReadRowsAsync(SepReader reader, IRecordSink sink, CancellationToken cancellationToken)
    {
        if (reader.IsEmpty || (reader.Header.ColNames.Count == 1 && string.IsNullOrWhiteSpace(reader.Header.ColNames[0]) && !reader.HasRows))
        {
            sink.Reject(new RowError(0, null, "the file is empty", IsFatal: true));
            return;
        }

        var columns = FocusColumns.Resolve(reader.Header, out var missing);
        if (columns is null)
        {
            sink.Reject(new RowError(1, null, $"not a FOCUS file: missing required column(s) {string.Join(", ", missing)}", IsFatal: true));
            return;
        }

        var mapper = new FocusRowMapper(columns);
        long rows = 0;
        long nextLine = 2;
        while (true)
        {
            if (++rows % CancellationCheckInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            try
            {
                if (!await reader.MoveNextAsync(cancellationToken).ConfigureAwait(false))
                {
                    break;
                }
            }
            catch (NotSupportedException ex)
            {
                // Sep stops at rows over 16 M characters: in practice a quote that is never closed.
                sink.Reject(new RowError(nextLine, null, "a row is too long to read (a quoted field that is never closed?)", RowError.Excerpt(ex.Message), IsFatal: true));
                return;
            }

            if (!HandleRow(reader.Current, mapper, sink, ref nextLine))
            {
                return;
            }
        }

        if (!mapper.SawRow)
        {
            sink.Reject(new RowError(0, null, "the file has a header but no rows", IsFatal: true));
        }
    }

    /// <returns>False when the sink says stop.</returns>
    private static bool HandleRow(SepReader.Row row, FocusRowMapper mapper, IRecordSink sink, ref long nextLine)
    {
        nextLine = row.LineNumberToExcl;
        if (row.Span.IsWhiteSpace())
        {
            // Blank lines (often one at the end of a file) carry nothing.
            return true;
        }

        var error = mapper.Map(row, row.LineNumberFrom, out var record);
        if (error is not null)
        {
            return sink.Reject(error);
        }

        sink.Accept(record!);
        return true;
    }
}
