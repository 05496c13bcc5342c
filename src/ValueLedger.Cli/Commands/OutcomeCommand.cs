using System.CommandLine;
using ValueLedger.Core.Value;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>valueledger outcome record|import|validate|reject|list</c>: the outcomes ledger. Owners record
/// claims (one on the command line, or a CSV file all or nothing); finance validates or rejects each
/// once; a reviewed record is never changed (a correction is a new record with <c>--corrects ID</c>).
/// </summary>
internal static partial class OutcomeCommand
{
    public static Command Create(CliContext context, Option<string> db)
    {
        var command = new Command("outcome", "The outcomes ledger: record claims (or import a CSV), validate or reject them (finance role), list them.");
        command.Subcommands.Add(Record(context, db));
        command.Subcommands.Add(Import(context, db));
        command.Subcommands.Add(Review(context, db, OutcomeStatus.Validated));
        command.Subcommands.Add(Review(context, db, OutcomeStatus.Rejected));
        command.Subcommands.Add(List(context, db));
        return command;
    }

    private static Command Record(CliContext context, Option<string> db)
    {
        var initiative = new Argument<string>("INITIATIVE") { Description = "The initiative id, as declared in the organisation." };
        var from = GlobalOptions.From();
        from.Required = true;
        from.Description = "Start of the outcome period, inclusive (UTC): YYYY-MM-DD or YYYY-MM.";
        var to = GlobalOptions.To();
        to.Required = true;
        to.Description = "End of the outcome period, exclusive (UTC): YYYY-MM-DD or YYYY-MM.";
        var successful = new Option<long>("--successful") { Description = "Successful outcomes in the period.", HelpName = "N", Required = true };
        var failed = new Option<long>("--failed") { Description = "Failed outcomes in the period (default 0).", HelpName = "N" };
        var value = new Option<decimal?>("--value")
        {
            Description = "The stated value (else successful × the agreed value per outcome).",
            HelpName = "AMOUNT",
            CustomParser = r => MethodCommand.ParseAmount(r),
        };
        var currency = new Option<string?>("--currency") { Description = "ISO 4217 currency of --value.", HelpName = "CODE" };
        var evidence = new Option<string?>("--evidence") { Description = "A link to the evidence.", HelpName = "URL" };
        var corrects = new Option<long?>("--corrects") { Description = "The id of the record this one corrects (a reviewed record is never edited).", HelpName = "ID" };
        var org = ShowbackCommand.OrgOption();
        var actor = GlobalOptions.Actor();
        var command = new Command("record", "Record an outcome claim for an initiative and period; prints its id. It counts once finance validates it.");
        command.Arguments.Add(initiative);
        foreach (var option in new Option[] { from, to, successful, failed, value, currency, evidence, corrects, org, actor })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var claim = new OutcomeClaim(
                parse.GetValue(initiative)!,
                DateOnly.FromDateTime(parse.GetValue(from)!.Value),
                DateOnly.FromDateTime(parse.GetValue(to)!.Value),
                parse.GetValue(successful),
                parse.GetValue(failed),
                parse.GetValue(value),
                parse.GetValue(currency) ?? string.Empty,
                parse.GetValue(evidence),
                parse.GetValue(corrects));
            var scope = await OutcomeCommandScope.OpenAsync(context, parse.GetValue(db)!, parse.GetValue(org)!, ct).ConfigureAwait(false);
            await using (scope.ConfigureAwait(false))
            {
                var id = await OutcomeCommandScope.RefusalsAsync(() => scope.Service.RecordAsync(claim, parse.GetValue(actor)!, ct)).ConfigureAwait(false);
                context.Stdout.WriteLine(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                context.Stderr.WriteLine($"recorded outcome {id} for {claim.Initiative} as a claim; it counts once validated (outcome validate {id})");
                return 0;
            }
        });
        return command;
    }

    private static Command Review(CliContext context, Option<string> db, OutcomeStatus decision)
    {
        var validate = decision == OutcomeStatus.Validated;
        var id = new Argument<long>("ID") { Description = "The outcome record's id." };
        var reason = new Option<string?>("--reason") { Description = validate ? "Why (optional; kept in the audit log)." : "Why it is rejected (required).", HelpName = "TEXT", Required = !validate };
        var org = ShowbackCommand.OrgOption();
        var actor = GlobalOptions.Actor();
        var command = new Command(
            validate ? "validate" : "reject",
            validate
                ? "Validate a claim (finance role; once; only under a method agreed at or before its period start)."
                : "Reject a claim with a reason (finance role; once).");
        command.Arguments.Add(id);
        foreach (var option in new Option[] { reason, org, actor })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var scope = await OutcomeCommandScope.OpenAsync(context, parse.GetValue(db)!, parse.GetValue(org)!, ct).ConfigureAwait(false);
            await using (scope.ConfigureAwait(false))
            {
                var outcome = parse.GetValue(id);
                var record = await OutcomeCommandScope.RefusalsAsync(() => validate
                    ? scope.Service.ValidateAsync(outcome, parse.GetValue(actor)!, parse.GetValue(reason), ct)
                    : scope.Service.RejectAsync(outcome, parse.GetValue(actor)!, parse.GetValue(reason) ?? string.Empty, ct)).ConfigureAwait(false);
                context.Stdout.WriteLine($"outcome {record.Id} {KebabCase.Of(record.Status)} by {record.ReviewedBy}");
                return 0;
            }
        });
        return command;
    }
}
