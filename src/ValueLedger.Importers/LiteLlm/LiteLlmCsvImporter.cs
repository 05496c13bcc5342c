using System.Globalization;
using nietras.SeparatedValues;
using ValueLedger.Core.Import;
using ValueLedger.Importers.Common;

namespace ValueLedger.Importers.LiteLlm;

/// <summary>
/// Reads LiteLLM proxy spend logs (<c>LiteLLM_SpendLogs</c>, one row per request) exported as CSV
/// into usage-telemetry records. Written for throughput: column indexes are resolved once, values
/// are read as spans from Sep's buffer, and only the columns kept become strings.
/// </summary>
public sealed class LiteLlmCsvImporter : ISpendImporter
{
    /// <summary>Rows between two cancellation checks.</summary>
    private const int CancellationStride = 4096;

    private static readonly SepReaderOptions Options = Sep.New(',').Reader(o => o with
    {
        HasHeader = false,
        Unescape = true,
        DisableColCountCheck = true,
        CultureInfo = CultureInfo.InvariantCulture,
    });

    public string Format => "litellm";

    public string Description => "LiteLLM proxy spend logs (LiteLLM_SpendLogs) as CSV";

    public ReplacementPolicy Replacement => ReplacementPolicy.SkipDuplicateKeys;

    public FormatDetection Detect(ReadOnlySpan<byte> head, string fileName) => LiteLlmDetection.DetectCsv(head);

    public async Task ReadAsync(Stream input, ImportContext context, IRecordSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        cancellationToken.ThrowIfCancellationRequested();

        using var reader = await Options.FromAsync(input, leaveOpen: true, cancellationToken).ConfigureAwait(false);
        LiteLlmColumns? columns = null;
        string[] names = [];
        LiteLlmRecordMapper? mapper = null;
        long rows = 0;
        await foreach (var row in reader)
        {
            if (columns is null)
            {
                // The header is read as a row of its own: Sep would throw on duplicate names, and a
                // file with junk for a header must end in an error, not an exception.
                names = SepRows.ReadHeader(row);
                columns = LiteLlmColumns.Resolve(names);
                var missing = columns.Missing();
                if (missing.Count > 0)
                {
                    sink.Reject(new RowError(
                        row.LineNumberFrom,
                        null,
                        $"not a LiteLLM spend-log CSV: missing column(s) {string.Join(", ", missing)}",
                        SepRows.Excerpt(string.Join(',', names)),
                        IsFatal: true));
                    return;
                }

                mapper = new LiteLlmRecordMapper(context);
                continue;
            }

            if (++rows % CancellationStride == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!ReadRow(row, columns, names, mapper!, sink))
            {
                return;
            }
        }

        if (columns is null)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sink.Reject(new RowError(0, null, "the input is empty: a LiteLLM spend-log CSV starts with a header line", IsFatal: true));
            return;
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (rows == 0)
        {
            sink.Reject(new RowError(0, null, "the file has a header but no rows", IsFatal: true));
        }
    }

    /// <returns>False when the sink says stop.</returns>
    private static bool ReadRow(SepReader.Row row, LiteLlmColumns c, IReadOnlyList<string> names, LiteLlmRecordMapper mapper, IRecordSink sink)
    {
        if (row.ColCount != c.Count)
        {
            return SepRows.IsBlank(row) || sink.Reject(SepRows.ColumnCountError(row, names, ','));
        }

        var values = new LiteLlmRow
        {
            Line = row.LineNumberFrom,
            SourceLine = row.LineNumberFrom,
            RequestId = Col(row, c.RequestId),
            CallType = Col(row, c.CallType),
            ApiKey = Col(row, c.ApiKey),
            Spend = Col(row, c.Spend),
            PromptTokens = Col(row, c.PromptTokens),
            CompletionTokens = Col(row, c.CompletionTokens),
            StartTime = Col(row, c.StartTime),
            EndTime = Col(row, c.EndTime),
            Model = Col(row, c.Model),
            ModelGroup = Col(row, c.ModelGroup),
            CustomLlmProvider = Col(row, c.CustomLlmProvider),
            User = Col(row, c.User),
            TeamId = Col(row, c.TeamId),
            OrganizationId = Col(row, c.OrganizationId),
            EndUser = Col(row, c.EndUser),
            RequestTags = Col(row, c.RequestTags),
            Metadata = Col(row, c.Metadata),
            CacheHit = Col(row, c.CacheHit),
            Status = Col(row, c.Status),
            SessionId = Col(row, c.SessionId),
            AgentId = Col(row, c.AgentId),
        };

        var record = mapper.Map(values, out var error);
        if (record is null)
        {
            return sink.Reject(error!);
        }

        sink.Accept(record);
        return true;
    }

    private static ReadOnlySpan<char> Col(SepReader.Row row, int index) => index < 0 ? default : row[index].Span;
}
