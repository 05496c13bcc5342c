using System.Globalization;
using nietras.SeparatedValues;
using ValueLedger.Importers.Common;

namespace ValueLedger.Importers.People;

/// <summary>
/// Reads a people CSV (comma-separated, header first, invariant culture). Columns the format does not know are
/// ignored (exports carry many); required ones must be there. Row errors name line, column and reason, never the
/// cell (it may be a login or e-mail).
/// </summary>
internal static class PeopleCsvReader
{
    public static async Task ReadAsync(Stream input, string? formatId, PeopleFields fields, PeopleParse parse, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var options = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true, CultureInfo = CultureInfo.InvariantCulture });
        using var reader = await options.FromAsync(input, leaveOpen: true, cancellationToken).ConfigureAwait(false);
        PeopleCsvFormat? format = null;
        int[]? index = null;
        string[] header = [];
        await foreach (var row in reader)
        {
            if (SepRows.IsBlank(row))
            {
                continue;
            }

            if (index is null)
            {
                header = SepRows.ReadHeader(row);
                format = Resolve(formatId, header, parse);
                if (format is null)
                {
                    return;
                }

                index = format.Map(header);
                continue;
            }

            parse.Rows++;
            if (parse.Rows % 10_000 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(parse.Rows);
            }

            var line = row.LineNumberFrom;
            if (row.ColCount != header.Length)
            {
                // The column-count error of the spend importers, without its raw excerpt (it may hold an identifier).
                var error = SepRows.ColumnCountError(row, header, ',');
                parse.Reject(line, error.Column, error.Reason);
            }
            else
            {
                var cells = new string[row.ColCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = row[i].ToString();
                }

                try
                {
                    format!.Parse(new PeopleCsvRecord(format, index, cells), fields, parse.Facts);
                }
                catch (PeopleRowException ex)
                {
                    parse.Reject(line, ex);
                }
            }

            if (parse.Stop)
            {
                return;
            }

            await parse.FlushAsync().ConfigureAwait(false);
        }

        if (index is null)
        {
            parse.Fail("the file is empty");
        }
        else if (parse.Rows == 0)
        {
            parse.Fail("the file has a header but no rows");
        }
    }

    private static PeopleCsvFormat? Resolve(string? formatId, string[] header, PeopleParse parse)
    {
        if (formatId is null)
        {
            var detected = PeopleCsvFormats.Detect(header);
            if (detected is null)
            {
                parse.Fail("this is not a people file ValueLedger knows: no people CSV format has all its columns in the header; see valueledger people import --help or give --format");
            }

            return detected;
        }

        var format = PeopleCsvFormats.Find(formatId)!;
        var missing = format.Missing(header);
        if (missing.Count > 0)
        {
            parse.Fail($"this is not a {PeopleFormats.TitleOf(formatId)}: missing column(s) {string.Join(", ", missing)}; the header is {format.Expected}");
            return null;
        }

        return format;
    }
}
