using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;
using ValueLedger.Core.People;
using ValueLedger.Core.People.Privacy;
using ValueLedger.Core.People.Reports;
using ValueLedger.Core.Showback;
using ValueLedger.Core.Value;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// What the people report commands share: the options, opening the ledger as the people reports' ports, the month
/// asked (default: the latest month with any person-level fact), and how suppressed figures are written: in text
/// <c>&lt;k</c> for below threshold and <c>-</c> for no data; in JSON an object with <c>state</c> (value,
/// below-threshold, no-data) and the <c>value</c> only when shown (docs/cli-json.md "People reports").
/// </summary>
internal static class PeopleCli
{
    public static Option<DateTime?> MonthOption(string description) => new("--month")
    {
        Description = description + " YYYY-MM. Default: the latest month with people data.",
        HelpName = "YYYY-MM",
        CustomParser = GlobalOptions.ParseMonth,
    };

    public static Option<string> FormatOption()
    {
        var format = new Option<string>("--format")
        {
            Description = "Output: text (default) or json (see docs/cli-json.md).",
            HelpName = "text|json",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        return format;
    }

    public static Option<int> MonthsOption(string name, string description, int defaultValue)
    {
        var option = new Option<int>(name) { Description = description, HelpName = "N", DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 60)
            {
                result.AddError($"{name} must be between 1 and 60");
            }
        });
        return option;
    }

    /// <summary>Opens the ledger and runs <paramref name="work"/> with the people reports over it.</summary>
    public static async Task<int> RunAsync(
        CliContext context, string orgPath, string dbPath, Func<PeopleReports, IPeopleStore, Task<int>> work, CancellationToken cancellationToken)
    {
        var organisation = ShowbackCommand.LoadOrganisation(orgPath);
        var store = await Services.OpenStoreAsync(dbPath, context, cancellationToken).ConfigureAwait(false);
        await using (store.ConfigureAwait(false))
        {
            if (store is not IPeopleStore people || store is not IShowbackStore showback || store is not IValueFiguresStore figures
                || store is not IOutcomeStore outcomes || store is not IInitiativeStore initiatives)
            {
                throw new CliException("this ledger keeps no people data");
            }

            return await work(new PeopleReports(organisation, people, showback, figures, outcomes, initiatives), people).ConfigureAwait(false);
        }
    }

    /// <summary>The month asked, else the latest month with people data; null (after saying why) when there is none.</summary>
    public static async Task<DateOnly?> MonthAsync(CliContext context, PeopleReports reports, DateTime? asked, CancellationToken cancellationToken)
    {
        if (asked is { } month)
        {
            return DateOnly.FromDateTime(month);
        }

        var latest = await reports.LatestMonthAsync(cancellationToken).ConfigureAwait(false);
        if (latest is null)
        {
            context.Error("no people data in the ledger; run `valueledger people import FILE` first");
        }

        return latest;
    }

    public static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Count(PeopleCount count, int k) => count.State switch
    {
        CellState.Value => count.Count.ToString("N0", CultureInfo.InvariantCulture),
        CellState.BelowThreshold => $"<{k}",
        _ => "-",
    };

    public static string Measure(PeopleMeasure measure, int k, string suffix = "") => measure.State switch
    {
        CellState.Value => measure.Value.ToString("0.0", CultureInfo.InvariantCulture) + suffix,
        CellState.BelowThreshold => $"<{k}",
        _ => "-",
    };

    public static string Number(decimal? value, string suffix = "") =>
        value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + suffix : "-";

    /// <summary>The caption every people table carries.</summary>
    public static string Legend(int k) =>
        $"<{k} = below the privacy threshold (fewer than {k} people, or hidden so that a small group cannot be worked out from totals); - = no data.";

    public static Table Table(string title, IReadOnlyList<string> headings, IEnumerable<IReadOnlyList<string>> lines, int firstTextColumns = 1)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        for (var i = 0; i < headings.Count; i++)
        {
            var column = new TableColumn(Markup.Escape(headings[i]));
            if (i >= firstTextColumns)
            {
                column.RightAligned();
            }

            table.AddColumn(column);
        }

        foreach (var line in lines)
        {
            table.AddRow([.. line.Select(cell => (Spectre.Console.Rendering.IRenderable)new Text(cell))]);
        }

        return table;
    }

    /// <summary>Writes one indented JSON document.</summary>
    public static void Json(TextWriter writer, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            write(json);
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    public static void WriteCount(Utf8JsonWriter json, string name, PeopleCount count)
    {
        json.WriteStartObject(name);
        WriteCountBody(json, count);
        json.WriteEndObject();
    }

    public static void WriteCountBody(Utf8JsonWriter json, PeopleCount count)
    {
        json.WriteString("state", KebabCase.Of(count.State));
        if (count.Shown is { } value)
        {
            json.WriteNumber("value", value);
        }
    }

    public static void WriteMeasure(Utf8JsonWriter json, string name, PeopleMeasure measure)
    {
        json.WriteStartObject(name);
        json.WriteString("state", KebabCase.Of(measure.State));
        if (measure.Shown is { } value)
        {
            json.WriteNumber("value", value);
            json.WriteNumber("people", measure.People);
        }

        json.WriteEndObject();
    }

    public static void WriteNullable(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>Refuses a register edit unless <paramref name="actor"/> holds admin or finance.</summary>
    public static void RequireAdminOrFinance(Core.Organisation.Organisation organisation, string actor, string what)
    {
        var roles = organisation.RolesOf(actor);
        if (!roles.Contains(AccessRoles.Admin, StringComparer.Ordinal) && !roles.Contains(AccessRoles.Finance, StringComparer.Ordinal))
        {
            throw new CliException($"{what} needs the admin or finance role; '{actor}' holds {(roles.Count == 0 ? "none" : string.Join(", ", roles))} (organisation.yaml access:)");
        }
    }
}
