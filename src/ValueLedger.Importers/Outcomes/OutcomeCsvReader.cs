using System.Globalization;
using nietras.SeparatedValues;
using ValueLedger.Core.Import;
using ValueLedger.Core.Value.Outcomes;
using ValueLedger.Importers.Common;

namespace ValueLedger.Importers.Outcomes;

/// <summary>
/// Reads outcome claims from CSV (comma-separated, header first, invariant culture):
/// <c>initiative,period_start,period_end,successful,failed,value,currency,evidence,corrects</c>; dates
/// <c>YYYY-MM-DD</c> (the period is half-open [start, end)); <c>failed</c>, <c>value</c>, <c>currency</c>,
/// <c>evidence</c> and <c>corrects</c> may be empty or left out (a stated value needs its currency).
/// Never throws on bad input: every problem is a <see cref="RowError"/> naming line, column and reason;
/// whole-file problems (empty, unknown or missing columns, no rows, too many rows) are fatal. The rows are
/// held in memory because the import is all or nothing; hence <see cref="MaxRows"/>.
/// </summary>
public static partial class OutcomeCsvReader
{
    public static IReadOnlyList<string> Columns { get; } = ["initiative", "period_start", "period_end", "successful", "failed", "value", "currency", "evidence", "corrects"];

    public static IReadOnlyList<string> RequiredColumns { get; } = ["initiative", "period_start", "period_end", "successful"];

    /// <summary>Outcome claims are a ledger kept by people, not telemetry: a file of more rows is refused.</summary>
    public const int MaxRows = 100_000;

    /// <summary>Errors kept before reading stops (the file is refused anyway).</summary>
    public const int MaxErrors = 20;

    public static async Task<OutcomeCsvResult> ReadAsync(Stream input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rows = new List<OutcomeImportRow>();
        var errors = new List<RowError>();
        var options = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true, CultureInfo = CultureInfo.InvariantCulture });
        using var reader = await options.FromAsync(input, leaveOpen: true, cancellationToken).ConfigureAwait(false);
        int[]? index = null;
        string[] names = [];
        var blankLines = 0;
        await foreach (var row in reader)
        {
            if (index is null)
            {
                if (SepRows.IsBlank(row))
                {
                    blankLines++;
                    continue;
                }

                // Counted, not Sep's LineNumberFrom: for a file of one line Sep reports line 2.
                var headerLine = blankLines + 1;
                names = SepRows.ReadHeader(row);
                index = Header(names, headerLine, errors);
                if (index is null)
                {
                    return new OutcomeCsvResult([], errors);
                }

                continue;
            }

            if (rows.Count % 1000 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (SepRows.IsBlank(row))
            {
                continue;
            }

            if (row.ColCount != names.Length)
            {
                errors.Add(SepRows.ColumnCountError(row, names, ','));
            }
            else if (Parse(row, index, out var error) is { } claim)
            {
                if (rows.Count == MaxRows)
                {
                    errors.Add(new RowError(row.LineNumberFrom, null, $"more than {MaxRows} rows; split the file", IsFatal: true));
                    break;
                }

                rows.Add(new OutcomeImportRow(row.LineNumberFrom, claim));
            }
            else
            {
                errors.Add(error!);
            }

            if (errors.Count >= MaxErrors)
            {
                break;
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (index is null)
        {
            errors.Add(new RowError(0, null, $"the file is empty: an outcomes CSV starts with the header {string.Join(',', Columns)}", IsFatal: true));
        }
        else if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new RowError(0, null, "the file has a header but no rows", IsFatal: true));
        }

        return new OutcomeCsvResult(rows, errors);
    }

    /// <summary>Each known column's position (−1 when left out), or null after a fatal error for unknown, repeated or missing columns.</summary>
    private static int[]? Header(string[] names, int line, List<RowError> errors)
    {
        var index = Enumerable.Repeat(-1, Columns.Count).ToArray();
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i].ToLowerInvariant();
            var at = Columns.ToList().IndexOf(name);
            if (at < 0)
            {
                errors.Add(new RowError(line, SepRows.Excerpt(names[i]), $"unknown column '{SepRows.Excerpt(names[i])}'; the header is {string.Join(',', Columns)}", IsFatal: true));
                return null;
            }

            if (index[at] >= 0)
            {
                errors.Add(new RowError(line, name, $"column {name} appears twice", IsFatal: true));
                return null;
            }

            index[at] = i;
        }

        var missing = RequiredColumns.Where(c => index[Columns.ToList().IndexOf(c)] < 0).ToList();
        if (missing.Count > 0)
        {
            errors.Add(new RowError(line, missing[0], $"missing column(s) {string.Join(", ", missing)}; the header is {string.Join(',', Columns)}", IsFatal: true));
            return null;
        }

        return index;
    }
}
