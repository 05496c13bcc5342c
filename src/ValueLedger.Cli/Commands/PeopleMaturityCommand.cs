using System.CommandLine;
using Spectre.Console;
using ValueLedger.Core.Value;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>valueledger maturity --org PATH [--month YYYY-MM] [--format text|json]</c>: crawl / walk / run per capability,
/// computed from the ledger, with the evidence in words and what would reach the next level.
/// </summary>
internal static class PeopleMaturityCommand
{
    public static Command Create(CliContext context, Option<string> db)
    {
        var org = ShowbackCommand.OrgOption();
        var month = PeopleCli.MonthOption("The month assessed (UTC),");
        var format = PeopleCli.FormatOption();
        var command = new Command(
            "maturity",
            "Crawl / walk / run per capability from the ledger: cost allocation (FinOps: crawl 50 %, walk 80 %, run above 90 % allocation coverage), "
            + "attribution, adoption, workflow integration, production readiness, showback to chargeback, value discipline; with the evidence.");
        foreach (var option in new Option[] { org, month, format })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) => PeopleCli.RunAsync(context, parse.GetValue(org)!, parse.GetValue(db)!, async (reports, _) =>
        {
            var asked = parse.GetValue(month) is { } m ? DateOnly.FromDateTime(m)
                : await reports.LatestMonthAsync(ct).ConfigureAwait(false) ?? DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
            var report = await reports.MaturityAsync(asked, ct).ConfigureAwait(false);
            if (parse.GetValue(format) == "json")
            {
                PeopleCli.Json(context.Stdout, json =>
                {
                    json.WriteStartObject();
                    json.WriteString("month", PeopleCli.Month(report.Month));
                    json.WriteStartArray("capabilities");
                    foreach (var capability in report.Capabilities)
                    {
                        json.WriteStartObject();
                        json.WriteString("id", capability.Capability);
                        json.WriteString("name", capability.Name);
                        json.WriteString("level", KebabCase.Of(capability.Level));
                        json.WriteString("evidence", capability.Evidence);
                        json.WriteString("nextStep", capability.NextStep);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                });
            }
            else
            {
                context.Out.WriteLine($"Capability maturity, {PeopleCli.Month(report.Month)}");
                context.Out.Write(PeopleCli.Table(
                    "Crawl / walk / run",
                    ["Capability", "Level", "Evidence", "Next"],
                    report.Capabilities.Select(c => (IReadOnlyList<string>)[c.Name, KebabCase.Of(c.Level), c.Evidence, c.NextStep ?? "-"]),
                    firstTextColumns: 4));
            }

            return 0;
        }, ct));
        return command;
    }
}
