using System.Globalization;
using nietras.SeparatedValues;
using ValueLedger.Core.Import;
using ValueLedger.Core.Ledger;
using ValueLedger.Core.Value;
using ValueLedger.Importers.Common;

namespace ValueLedger.Importers.Outcomes;

public static partial class OutcomeCsvReader
{
    /// <summary>Longest initiative id or currency text read (an id is a short name).</summary>
    private const int MaxIdLength = 200;

    /// <summary>Longest evidence link kept (a URL); a longer cell is an error, never stored or echoed whole.</summary>
    private const int MaxEvidenceLength = 2000;

    private static OutcomeClaim? Parse(SepReader.Row row, int[] index, out RowError? error)
    {
        var line = row.LineNumberFrom;
        error = null;
        var initiative = Cell(row, index, 0);
        if (initiative.Length == 0 || initiative.Length > MaxIdLength)
        {
            error = Fail(line, "initiative", initiative.Length == 0 ? "is empty" : $"is longer than {MaxIdLength} characters", initiative);
            return null;
        }

        if (!Date(row, index, 1, line, out var start, ref error) || !Date(row, index, 2, line, out var end, ref error))
        {
            return null;
        }

        if (end <= start)
        {
            error = Fail(line, "period_end", $"must be after period_start {start:yyyy-MM-dd} (the period is half-open: [start, end))", Cell(row, index, 2));
            return null;
        }

        if (!Count(row, index, 3, line, out var successful, ref error) || !Count(row, index, 4, line, out var failed, ref error))
        {
            return null;
        }

        decimal? value = null;
        var valueText = Cell(row, index, 5);
        if (valueText.Length > 0)
        {
            if (!Values.TryParseDecimal(valueText, out var parsed) || parsed < 0)
            {
                error = Fail(line, "value", "is not a number of 0 or more (invariant culture, e.g. 1234.50)", valueText);
                return null;
            }

            value = parsed;
        }

        var currencyText = Cell(row, index, 6);
        var currency = string.Empty;
        if (currencyText.Length > 0 && !CurrencyCodes.TryNormalize(currencyText.Length > MaxIdLength ? string.Empty : currencyText.ToString(), out currency))
        {
            error = Fail(line, "currency", "is not an ISO 4217 currency code (e.g. USD, EUR)", currencyText);
            return null;
        }

        if (value is not null && currency.Length == 0)
        {
            error = Fail(line, "currency", "is empty; a stated value needs its currency", currencyText);
            return null;
        }

        var evidence = Cell(row, index, 7);
        if (evidence.Length > MaxEvidenceLength)
        {
            error = Fail(line, "evidence", $"is longer than {MaxEvidenceLength} characters; give a link to the evidence", evidence);
            return null;
        }

        long? corrects = null;
        var correctsText = Cell(row, index, 8);
        if (correctsText.Length > 0)
        {
            if (!long.TryParse(correctsText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
            {
                error = Fail(line, "corrects", "is not an outcome id (a whole number, 1 or more)", correctsText);
                return null;
            }

            corrects = id;
        }

        return new OutcomeClaim(initiative.ToString(), start, end, successful, failed, value, currency, evidence.Length == 0 ? null : evidence.ToString(), corrects);
    }

    /// <summary>The trimmed cell of a known column; empty when the column is left out of the header.</summary>
    private static ReadOnlySpan<char> Cell(SepReader.Row row, int[] index, int column) =>
        index[column] < 0 ? [] : row[index[column]].Span.Trim();

    private static bool Date(SepReader.Row row, int[] index, int column, int line, out DateOnly date, ref RowError? error)
    {
        var text = Cell(row, index, column);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        error = Fail(line, Columns[column], "is not a date YYYY-MM-DD", text);
        return false;
    }

    /// <summary>A whole count of 0 or more; <c>failed</c> may be empty (0).</summary>
    private static bool Count(SepReader.Row row, int[] index, int column, int line, out long count, ref RowError? error)
    {
        var text = Cell(row, index, column);
        if (text.Length == 0 && Columns[column] == "failed")
        {
            count = 0;
            return true;
        }

        if (Values.TryParseCount(text, out count) && count >= 0)
        {
            return true;
        }

        error = Fail(line, Columns[column], "is not a whole number of 0 or more", text);
        return false;
    }

    private static RowError Fail(int line, string column, string reason, ReadOnlySpan<char> raw) =>
        new(line, column, $"{column} {reason}", SepRows.Excerpt(raw));
}
