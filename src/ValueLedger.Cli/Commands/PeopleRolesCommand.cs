using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using ValueLedger.Core.People;
using ValueLedger.Core.People.Reports;
using ValueLedger.Core.Value;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>valueledger roles [--format text|json]</c>: the role-redesign register (people affected shown only at k or more)
/// and people affected by business unit × kind; <c>valueledger roles set ID --role --bu --kind --people N [--plan]
/// [--progress P] --actor NAME</c> adds or replaces an entry (admin or finance; audited by the ledger).
/// </summary>
internal static class PeopleRolesCommand
{
    public static Command Create(CliContext context, Option<string> db)
    {
        var org = ShowbackCommand.OrgOption();
        var format = PeopleCli.FormatOption();
        var command = new Command("roles", "The role-redesign register: roles augmented, changed, displaced or created by AI, people affected (hidden under the privacy threshold), reskilling plan and progress.");
        command.Options.Add(org);
        command.Options.Add(format);
        command.SetAction((parse, ct) => PeopleCli.RunAsync(context, parse.GetValue(org)!, parse.GetValue(db)!, async (reports, _) =>
        {
            var report = await reports.RolesAsync(ct).ConfigureAwait(false);
            if (parse.GetValue(format) == "json")
            {
                PeopleCli.Json(context.Stdout, json => WriteJson(json, report));
            }
            else
            {
                WriteText(context.Out, report);
            }

            return 0;
        }, ct));
        command.Subcommands.Add(Set(context, db));
        return command;
    }

    private static Command Set(CliContext context, Option<string> db)
    {
        var id = new Argument<string>("ID") { Description = "The entry id (an existing id replaces that entry)." };
        var role = new Option<string>("--role") { Description = "The role, e.g. claims handler.", HelpName = "TEXT", Required = true };
        var bu = new Option<string>("--bu") { Description = "The business unit id.", HelpName = "ID", Required = true };
        var kind = new Option<string>("--kind") { Description = $"How AI changes it: {KebabCase.Choices<RoleChangeKind>()}.", HelpName = "KIND", Required = true };
        var people = new Option<int>("--people") { Description = "How many people it affects (a count, never names).", HelpName = "N", Required = true };
        var plan = new Option<string?>("--plan") { Description = "The reskilling plan.", HelpName = "TEXT" };
        var progress = new Option<int>("--progress") { Description = "Reskilling progress, 0–100 % (default 0).", HelpName = "P" };
        var org = ShowbackCommand.OrgOption();
        var actor = GlobalOptions.Actor();
        var command = new Command("set", "Add or replace a role-redesign entry (admin or finance).");
        command.Arguments.Add(id);
        foreach (var option in new Option[] { role, bu, kind, people, plan, progress, org, actor })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) => PeopleCli.RunAsync(context, parse.GetValue(org)!, parse.GetValue(db)!, async (reports, store) =>
        {
            var who = parse.GetValue(actor)!;
            PeopleCli.RequireAdminOrFinance(reports.Organisation, who, "roles set");
            var unit = parse.GetValue(bu)!;
            if (reports.Organisation.FindBusinessUnit(unit) is null)
            {
                throw new CliException($"unknown business unit '{unit}'; declared: {string.Join(", ", reports.Organisation.BusinessUnits.Select(b => b.Id))}");
            }

            var count = parse.GetValue(people);
            var percent = parse.GetValue(progress);
            if (count < 0 || percent is < 0 or > 100)
            {
                throw new CliException("--people must be 0 or more and --progress between 0 and 100");
            }

            var change = new RoleChange(
                parse.GetValue(id)!, parse.GetValue(role)!, unit, InitiativeCli.Parse<RoleChangeKind>(parse.GetValue(kind)!, "role change kind"),
                count, parse.GetValue(plan), percent, context.Time.GetUtcNow(), who);
            await store.SaveRoleChangeAsync(change, ct).ConfigureAwait(false);

            // The count is not echoed: under k it must not be shown anywhere.
            context.Stdout.WriteLine($"role {change.Id}: {change.Role} in {change.BusinessUnit} is {KebabCase.Of(change.Kind)} (by {who})");
            return 0;
        }, ct));
        return command;
    }

    private static void WriteText(IAnsiConsole console, RoleRegisterReport report)
    {
        var k = report.K;
        console.WriteLine($"Role-redesign register (privacy threshold k = {k})");
        var rows = PeopleCli.Table(
            "Roles",
            ["Id", "Role", "Unit", "Kind", "People", "Reskilling plan", "Progress"],
            report.Rows.Select(r => (IReadOnlyList<string>)[
                r.Id, r.Role, r.BusinessUnit, KebabCase.Of(r.Kind), PeopleCli.Count(r.PeopleAffected, k), r.ReskillingPlan ?? "-",
                r.ReskillingProgressPercent.ToString(CultureInfo.InvariantCulture) + " %"]),
            firstTextColumns: 4);
        rows.Caption(Markup.Escape(PeopleCli.Legend(k)));
        console.Write(rows);
        var table = report.PeopleByUnitAndKind;
        var kinds = Enum.GetValues<RoleChangeKind>();
        var lines = report.BusinessUnits.Select((unit, r) => (IReadOnlyList<string>)[
            unit, .. table.Row(r).Select(c => PeopleCli.Count(c, k)), PeopleCli.Count(table.RowTotals[r], k)]).ToList();
        lines.Add(["Total", .. table.ColumnTotals.Select(c => PeopleCli.Count(c, k)), table.GrandTotal is { } grand ? PeopleCli.Count(grand, k) : "-"]);
        console.Write(PeopleCli.Table("People affected", ["Unit", .. kinds.Select(kind => KebabCase.Of(kind)), "Total"], lines));
    }

    private static void WriteJson(System.Text.Json.Utf8JsonWriter json, RoleRegisterReport report)
    {
        json.WriteStartObject();
        json.WriteNumber("k", report.K);
        json.WriteStartArray("roles");
        foreach (var row in report.Rows)
        {
            json.WriteStartObject();
            json.WriteString("id", row.Id);
            json.WriteString("role", row.Role);
            json.WriteString("businessUnit", row.BusinessUnit);
            json.WriteString("kind", KebabCase.Of(row.Kind));
            PeopleCli.WriteCount(json, "peopleAffected", row.PeopleAffected);
            json.WriteString("reskillingPlan", row.ReskillingPlan);
            json.WriteNumber("reskillingProgressPercent", row.ReskillingProgressPercent);
            json.WriteString("updatedAt", row.UpdatedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            json.WriteString("updatedBy", row.UpdatedBy);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        var table = report.PeopleByUnitAndKind;
        json.WriteStartArray("byUnit");
        for (var r = 0; r < report.BusinessUnits.Count; r++)
        {
            json.WriteStartObject();
            json.WriteString("businessUnit", report.BusinessUnits[r]);
            WriteKinds(json, table.Row(r));
            PeopleCli.WriteCount(json, "total", table.RowTotals[r]);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("total");
        WriteKinds(json, table.ColumnTotals);
        PeopleCli.WriteCount(json, "total", table.GrandTotal ?? Core.People.Privacy.PeopleCount.NoData);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteKinds(System.Text.Json.Utf8JsonWriter json, IReadOnlyList<Core.People.Privacy.PeopleCount> cells)
    {
        var kinds = Enum.GetValues<RoleChangeKind>();
        for (var c = 0; c < kinds.Length; c++)
        {
            PeopleCli.WriteCount(json, KebabCase.Of(kinds[c]), cells[c]);
        }
    }
}
