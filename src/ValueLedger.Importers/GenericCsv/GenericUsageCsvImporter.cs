using System.Globalization;
using nietras.SeparatedValues;
using ValueLedger.Core.Import;
using ValueLedger.Importers.Common;

namespace ValueLedger.Importers.GenericCsv;

/// <summary>
/// Reads any usage CSV whose columns a small YAML mapping file describes (see README.md beside
/// this file) into usage-telemetry records. Never detected from content: it is chosen with
/// <c>--format generic-csv</c> or by giving a mapping file.
/// </summary>
public sealed class GenericUsageCsvImporter : ISpendImporter
{
    private const int CancellationStride = 4096;

    public string Format => "generic-csv";

    public string Description => "Any usage CSV, with a YAML file mapping its columns (--mapping)";

    public ReplacementPolicy Replacement => ReplacementPolicy.SkipDuplicateKeys;

    /// <summary>Always no: without its mapping, any CSV could be this format.</summary>
    public FormatDetection Detect(ReadOnlySpan<byte> head, string fileName) => FormatDetection.No;

    public async Task ReadAsync(Stream input, ImportContext context, IRecordSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        cancellationToken.ThrowIfCancellationRequested();

        if (!GenericCsvMappingLoader.TryLoad(context.MappingPath, out var mapping, out var mappingError))
        {
            sink.Reject(new RowError(0, null, mappingError!, IsFatal: true));
            return;
        }

        var options = new Sep(mapping!.Delimiter).Reader(o => o with
        {
            HasHeader = false,
            Unescape = true,
            DisableColCountCheck = true,
            CultureInfo = CultureInfo.InvariantCulture,
        });
        using var reader = await options.FromAsync(input, leaveOpen: true, cancellationToken).ConfigureAwait(false);
        GenericCsvRowMapper? mapper = null;
        string[] names = [];
        long rows = 0;
        await foreach (var row in reader)
        {
            if (mapper is null)
            {
                names = SepRows.ReadHeader(row);
                mapper = GenericCsvRowMapper.Create(mapping, names, context, out var missing);
                if (mapper is null)
                {
                    sink.Reject(new RowError(
                        row.LineNumberFrom,
                        null,
                        $"missing column(s) {string.Join(", ", missing)} named in mapping file {mapping.Path}",
                        SepRows.Excerpt(string.Join(mapping.Delimiter, names)),
                        IsFatal: true));
                    return;
                }

                continue;
            }

            if (++rows % CancellationStride == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (row.ColCount != names.Length)
            {
                if (!SepRows.IsBlank(row) && !sink.Reject(SepRows.ColumnCountError(row, names, mapping.Delimiter)))
                {
                    return;
                }

                continue;
            }

            var record = mapper.Map(row, out var error);
            if (record is null)
            {
                if (!sink.Reject(error!))
                {
                    return;
                }

                continue;
            }

            sink.Accept(record);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (mapper is null)
        {
            sink.Reject(new RowError(0, null, "the input is empty: a usage CSV starts with a header line", IsFatal: true));
        }
        else if (rows == 0)
        {
            sink.Reject(new RowError(0, null, "the file has a header but no rows", IsFatal: true));
        }
    }
}
