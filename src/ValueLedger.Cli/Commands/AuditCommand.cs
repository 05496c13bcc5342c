using System.CommandLine;
using System.Globalization;
using ValueLedger.Cli.Output;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>valueledger audit [--subject S] [--from DATE] [--to DATE] [--limit N]</c>: the append-only audit log,
/// newest first — who did what to what, when and why (agreements, outcome records and reviews, and the
/// life-cycle changes other commands write).
/// </summary>
internal static class AuditCommand
{
    public const int DefaultLimit = 50;

    public static Command Create(CliContext context, Option<string> db)
    {
        var subject = new Option<string?>("--subject") { Description = "Only this subject, e.g. outcome:12 or initiative:support-copilot; a trailing * matches a prefix (outcome:*).", HelpName = "SUBJECT" };
        var from = GlobalOptions.From();
        var to = GlobalOptions.To();
        var limit = new Option<int>("--limit")
        {
            Description = $"At most this many entries (default {DefaultLimit}).",
            HelpName = "N",
            DefaultValueFactory = _ => DefaultLimit,
            CustomParser = r => int.TryParse(r.Tokens[0].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n
                : MethodCommand.Fail<int>(r, $"'{r.Tokens[0].Value}' is not a limit; use a whole number of 1 or more"),
        };
        var format = GlobalOptions.Format();
        var command = new Command("audit", "Show the append-only audit log, newest first: who, when, what (action and subject), why.");
        foreach (var option in new Option[] { subject, from, to, limit, format })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var scope = await OutcomeCommandScope.OpenAsync(context, parse.GetValue(db)!, null, ct).ConfigureAwait(false);
            await using (scope.ConfigureAwait(false))
            {
                var entries = await scope.Audit.QueryAuditAsync(parse.GetValue(subject), parse.GetValue(from), parse.GetValue(to), parse.GetValue(limit), ct).ConfigureAwait(false);
                var report = new Report("Audit log",
                [
                    new("seq", "Seq", ReportColumnKind.Count), new("at", "At"), new("actor", "Actor"), new("action", "Action"),
                    new("subject", "Subject"), new("reason", "Reason"), new("details", "Details"),
                ]);
                foreach (var e in entries)
                {
                    report.Add(e.Seq.ToString(CultureInfo.InvariantCulture), MoneyText.Timestamp(e.At), e.Actor, e.Action, e.Subject, e.Reason, e.Details);
                }

                report.Write(parse.GetValue(format) ?? OutputFormat.Table, context.Out, context.Stdout, "append-only; newest first");
                return 0;
            }
        });
        return command;
    }
}
