using System.CommandLine;
using System.Globalization;
using ValueLedger.Core.People;
using ValueLedger.Core.Value;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>valueledger resistance [--format text|json]</c>: the resistance-and-enabler map (the five built-in entries from
/// the framework, replaced by saved edits, then saved additions); <c>valueledger resistance set ID --group
/// --resistance --counter [--owner] [--status] --actor NAME</c> adds or replaces one (admin or finance; audited).
/// </summary>
internal static class PeopleResistanceCommand
{
    public static Command Create(CliContext context, Option<string> db)
    {
        var org = ShowbackCommand.OrgOption();
        var format = PeopleCli.FormatOption();
        var command = new Command("resistance", "The resistance-and-enabler map: who resists, why, the counter-strategy, its owner and status.");
        command.Options.Add(org);
        command.Options.Add(format);
        command.SetAction((parse, ct) => PeopleCli.RunAsync(context, parse.GetValue(org)!, parse.GetValue(db)!, async (reports, _) =>
        {
            var entries = await reports.ResistancesAsync(ct).ConfigureAwait(false);
            if (parse.GetValue(format) == "json")
            {
                PeopleCli.Json(context.Stdout, json =>
                {
                    json.WriteStartArray();
                    foreach (var entry in entries)
                    {
                        json.WriteStartObject();
                        json.WriteString("id", entry.Id);
                        json.WriteString("stakeholderGroup", entry.StakeholderGroup);
                        json.WriteString("resistance", entry.Resistance);
                        json.WriteString("counter", entry.Counter);
                        json.WriteString("owner", entry.Owner);
                        json.WriteString("status", KebabCase.Of(entry.Status));
                        json.WriteBoolean("builtIn", entry.UpdatedBy == OperatingModelRegisters.SeedActor);
                        json.WriteString("updatedAt", entry.UpdatedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
                        json.WriteString("updatedBy", entry.UpdatedBy);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                });
            }
            else
            {
                context.Out.Write(PeopleCli.Table(
                    "Resistance and enablers",
                    ["Id", "Group", "Resistance", "Counter", "Owner", "Status"],
                    entries.Select(e => (IReadOnlyList<string>)[e.Id, e.StakeholderGroup, e.Resistance, e.Counter, e.Owner ?? "-", KebabCase.Of(e.Status)]),
                    firstTextColumns: 6));
            }

            return 0;
        }, ct));
        command.Subcommands.Add(Set(context, db));
        return command;
    }

    private static Command Set(CliContext context, Option<string> db)
    {
        var id = new Argument<string>("ID") { Description = "The entry id; a built-in id (e.g. finance-soft-benefits) replaces that entry." };
        var group = new Option<string>("--group") { Description = "The stakeholder group.", HelpName = "TEXT", Required = true };
        var resistance = new Option<string>("--resistance") { Description = "What they resist and why.", HelpName = "TEXT", Required = true };
        var counter = new Option<string>("--counter") { Description = "The counter-strategy.", HelpName = "TEXT", Required = true };
        var owner = new Option<string?>("--owner") { Description = "Who owns the counter (a role or name).", HelpName = "NAME" };
        var status = new Option<string>("--status")
        {
            Description = $"Where it stands: {KebabCase.Choices<ResistanceStatus>()} (default open).",
            HelpName = "STATUS",
            DefaultValueFactory = _ => "open",
        };
        var org = ShowbackCommand.OrgOption();
        var actor = GlobalOptions.Actor();
        var command = new Command("set", "Add or replace a resistance-and-enabler entry (admin or finance).");
        command.Arguments.Add(id);
        foreach (var option in new Option[] { group, resistance, counter, owner, status, org, actor })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) => PeopleCli.RunAsync(context, parse.GetValue(org)!, parse.GetValue(db)!, async (reports, store) =>
        {
            var who = parse.GetValue(actor)!;
            PeopleCli.RequireAdminOrFinance(reports.Organisation, who, "resistance set");
            var entry = new ResistanceEntry(
                parse.GetValue(id)!, parse.GetValue(group)!, parse.GetValue(resistance)!, parse.GetValue(counter)!, parse.GetValue(owner),
                InitiativeCli.Parse<ResistanceStatus>(parse.GetValue(status)!, "resistance status"), context.Time.GetUtcNow(), who);
            await store.SaveResistanceAsync(entry, ct).ConfigureAwait(false);
            context.Stdout.WriteLine($"resistance {entry.Id}: {entry.StakeholderGroup} is {KebabCase.Of(entry.Status)} (by {who})");
            return 0;
        }, ct));
        return command;
    }
}
