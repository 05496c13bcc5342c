using System.Text;
using System.Text.Json;

namespace ValueLedger.Importers.People;

/// <summary>
/// Reads the GitHub Copilot reports: NDJSON (one object per line; the usage and user-to-team reports) or one JSON
/// array of objects (the legacy <c>/copilot/metrics</c> answer, or a report saved as an array). A line that is not a
/// complete JSON object (truncated, or cut by a failed download) is a row error naming the line.
/// </summary>
internal static class PeopleJsonReader
{
    /// <summary>Longest NDJSON line read (a usage line with all breakdowns is a few kB).</summary>
    public const int MaxLineLength = 1 << 20;

    public static async Task ReadAsync(Stream input, string format, string metricsTeam, PeopleFields fields, PeopleParse parse, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        // Leading blank lines are skipped but counted, so NDJSON line numbers stay those of the file.
        var first = (char)reader.Peek();
        long skippedLines = 0;
        while (char.IsWhiteSpace(first) && reader.Peek() >= 0)
        {
            skippedLines += reader.Read() == '\n' ? 1 : 0;
            first = (char)reader.Peek();
        }

        if (reader.Peek() < 0)
        {
            parse.Fail("the file is empty");
            return;
        }

        if (first == '[')
        {
            await ReadArrayAsync(reader, format, metricsTeam, fields, parse, cancellationToken).ConfigureAwait(false);
        }
        else if (first == '{')
        {
            await ReadLinesAsync(reader, skippedLines, format, metricsTeam, fields, parse, progress, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            parse.Fail($"this is not a {PeopleFormats.TitleOf(format)}: it does not start with {{ or [");
            return;
        }

        if (parse.Fatal is null && parse.Rows == 0)
        {
            parse.Fail("the file holds no records");
        }
    }

    private static async Task ReadLinesAsync(StreamReader reader, long line, string format, string metricsTeam, PeopleFields fields, PeopleParse parse, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            parse.Rows++;
            if (parse.Rows % 10_000 == 0)
            {
                progress?.Report(parse.Rows);
            }

            if (text.Length > MaxLineLength)
            {
                parse.Reject(line, null, $"the line is longer than {MaxLineLength} characters");
            }
            else
            {
                try
                {
                    using var document = JsonDocument.Parse(text);
                    Record(document.RootElement, line, format, metricsTeam, fields, parse);
                }
                catch (JsonException)
                {
                    parse.Reject(line, null, "is not a complete JSON object (truncated line?)");
                }
            }

            if (parse.Stop)
            {
                return;
            }

            await parse.FlushAsync().ConfigureAwait(false);
        }
    }

    private static async Task ReadArrayAsync(StreamReader reader, string format, string metricsTeam, PeopleFields fields, PeopleParse parse, CancellationToken cancellationToken)
    {
        // Held whole: the array form is the legacy metrics answer (at most 100 days) or a small saved report.
        var text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            parse.Fail($"is not valid JSON (line {ex.LineNumber + 1}): truncated or not a JSON array");
            return;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                parse.Fail("is not a JSON array or NDJSON");
                return;
            }

            // Records are numbered from 1 in place of lines: a JSON array's layout varies.
            var number = 0L;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                number++;
                parse.Rows++;
                Record(element, number, format, metricsTeam, fields, parse);
                if (parse.Stop)
                {
                    return;
                }
            }
        }
    }

    private static void Record(JsonElement record, long line, string format, string metricsTeam, PeopleFields fields, PeopleParse parse)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            parse.Reject(line, null, "is not a JSON object");
            return;
        }

        if (PeopleJsonRecords.Detect(record) is { } kind && kind != format)
        {
            parse.Fail($"this is not a {PeopleFormats.TitleOf(format)}: record {line} is a {PeopleFormats.TitleOf(kind)}");
            return;
        }

        try
        {
            switch (format)
            {
                case PeopleFormats.CopilotUsage:
                    PeopleJsonRecords.Usage(record, fields, parse.Facts);
                    break;
                case PeopleFormats.CopilotTeams:
                    PeopleJsonRecords.Team(record, fields, parse.Facts);
                    break;
                default:
                    PeopleJsonRecords.MetricsDay(record, metricsTeam, parse.Facts);
                    break;
            }
        }
        catch (PeopleRowException ex)
        {
            parse.Reject(line, ex);
        }
    }
}
