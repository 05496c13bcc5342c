using System.Security.Cryptography;
using ValueLedger.Core.People;
using ValueLedger.Importers.Pipeline;

namespace ValueLedger.Importers.People;

/// <summary>
/// Imports people files (see <see cref="PeopleFormats"/>), each all or nothing into an <see cref="IPeopleStore"/>:
/// gzip recognised by its bytes, the format detected from the header or first record unless given, identifiers
/// hashed as read, the SHA-256 of the file's bytes kept so a second import of the same file changes nothing.
/// Strict (default): any bad row refuses the file. Lenient: bad rows go to <c>NAME.rejects.csv</c> (line, column,
/// reason; never the row itself, which may hold a login or e-mail) and the rest lands.
/// </summary>
public sealed class PeopleImporter(IPeopleStore store, PeopleImportOptions options)
{
    /// <summary>Imports the file at <paramref name="path"/>, named <paramref name="name"/> (default: its file name).</summary>
    public async Task<PeopleFileResult> ImportFileAsync(string path, string? name, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        name ??= Path.GetFileName(path);
        string sha256;
        byte[] head;
        try
        {
            sha256 = await HashAsync(path, cancellationToken).ConfigureAwait(false);
            head = InputOpener.ReadHead(path, name);
        }
        catch (InvalidDataException ex)
        {
            return PeopleFileResult.Fail(name, options.Format, ex.Message);
        }

        var format = options.Format ?? PeopleFormatDetector.Detect(head);
        if (format is null)
        {
            var why = System.Text.Encoding.UTF8.GetString(head).Trim().Trim('\uFEFF').Length == 0 ? "the file is empty" : "this is not a people file ValueLedger knows (by its header or first record); give --format";
            return PeopleFileResult.Fail(name, null, why);
        }

        if (!PeopleFormats.IsKnown(format))
        {
            return PeopleFileResult.Fail(name, format, $"unknown format '{format}'; use one of: {string.Join(", ", PeopleFormats.All.Select(f => f.Id))}");
        }

        var parse = new PeopleParse(options.Lenient);
        var fields = new PeopleFields(options);
        var team = format == PeopleFormats.CopilotMetrics ? MetricsTeam(name, parse) : string.Empty;
        if (parse.Fatal is not null)
        {
            return PeopleFileResult.Fail(name, format, parse.Fatal, parse.Errors);
        }

        // The file is read inside the store's transaction, chunk by chunk: a fatal problem or (strict) any bad row rolls
        // back what was written, so the file still lands whole or not at all, and memory stays at one chunk.
        var import = new PeopleImport(name, format, sha256, options.Actor, options.Time.GetUtcNow());
        var stored = await store.ImportPeopleChunkedAsync(
            import,
            async write =>
            {
                parse.Sink = write;
                await ReadAsync(path, name, head, format, team, fields, parse, progress, cancellationToken).ConfigureAwait(false);
                if (parse.Fatal is not null || (parse.Errors.Count > 0 && !options.Lenient))
                {
                    return false;
                }

                await parse.FlushAsync(force: true).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);

        if (parse.Fatal is not null)
        {
            return PeopleFileResult.Fail(name, format, parse.Fatal, parse.Errors);
        }

        if (stored is null)
        {
            var more = parse.Stop ? $"the first {parse.Errors.Count} bad rows are listed" : $"{parse.Errors.Count} bad row(s)";
            return PeopleFileResult.Fail(name, format, $"nothing imported: {more}; fix them or use --lenient to set them aside", parse.Errors);
        }

        var rejectsPath = parse.Errors.Count > 0 && !stored.AlreadyImported ? WriteRejects(name, parse) : null;
        return new PeopleFileResult(name, format, stored, parse.Errors.Count, parse.Errors, rejectsPath, null);
    }

    private static async Task ReadAsync(
        string path, string name, byte[] head, string format, string team, PeopleFields fields, PeopleParse parse, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        await using var input = InputOpener.Open(path, name, out _);
        var json = format is PeopleFormats.CopilotUsage or PeopleFormats.CopilotMetrics || (format == PeopleFormats.CopilotTeams && PeopleFormatDetector.IsJson(head));
        if (json)
        {
            await PeopleJsonReader.ReadAsync(input, format, team, fields, parse, progress, cancellationToken).ConfigureAwait(false);
        }
        else if (PeopleFormatDetector.IsJson(head))
        {
            parse.Fail($"this is not a {PeopleFormats.TitleOf(format)}: it is JSON");
        }
        else
        {
            await PeopleCsvReader.ReadAsync(input, format, fields, parse, progress, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The team a legacy metrics file is about: <c>--team</c>, else a <c>team-SLUG</c> part of the file name, else the organisation (empty).</summary>
    private string MetricsTeam(string name, PeopleParse parse)
    {
        var slug = options.Team;
        if (slug is null)
        {
            var stem = name;
            while (Path.GetExtension(stem).Length > 0)
            {
                stem = Path.GetFileNameWithoutExtension(stem);
            }

            var at = stem.IndexOf("team-", StringComparison.OrdinalIgnoreCase);
            at = at < 0 ? stem.IndexOf("team_", StringComparison.OrdinalIgnoreCase) : at;
            slug = at < 0 ? null : stem[(at + 5)..];
        }

        if (string.IsNullOrEmpty(slug))
        {
            return string.Empty;
        }

        if (options.Organisation.FindTeam(slug) is { } team)
        {
            return team.Id;
        }

        parse.Fail($"unknown team '{slug}' (from {(options.Team is null ? "the file name" : "--team")}); declare it, or its GitHub slug as an alias, under teams: in the organisation file");
        return string.Empty;
    }

    private string WriteRejects(string name, PeopleParse parse)
    {
        var folder = options.RejectsDirectory ?? Directory.GetCurrentDirectory();
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".rejects.csv");
        using var writer = new RejectsWriter(path, name);
        foreach (var error in parse.Errors)
        {
            writer.Write(error with { Raw = null });
        }

        return path;
    }

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        var file = File.OpenRead(path);
        await using (file.ConfigureAwait(false))
        {
            return Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken).ConfigureAwait(false));
        }
    }
}
