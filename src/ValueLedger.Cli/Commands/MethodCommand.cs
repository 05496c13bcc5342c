using System.CommandLine;
using System.Globalization;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Value;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>valueledger method agree INITIATIVE --method M --metric TEXT --value-per-outcome X --currency C</c>
/// (the finance role; the actor is the approver) and <c>valueledger method list [--initiative ID]</c>:
/// attribution methods agreed in advance, before outcomes count.
/// </summary>
internal static class MethodCommand
{
    public static Command Create(CliContext context, Option<string> db)
    {
        var command = new Command("method", "Attribution methods: agree in advance how an initiative's outcomes will be proven (finance role), list them.");
        command.Subcommands.Add(Agree(context, db));
        command.Subcommands.Add(List(context, db));
        return command;
    }

    private static Command Agree(CliContext context, Option<string> db)
    {
        var initiative = new Argument<string>("INITIATIVE") { Description = "The initiative id, as declared in the organisation." };
        var method = new Option<AttributionMethodKind>("--method")
        {
            Description = $"How outcomes will be proven: {KebabCase.Choices<AttributionMethodKind>()}.",
            HelpName = "METHOD",
            Required = true,
            CustomParser = r => KebabCase.TryParse<AttributionMethodKind>(r.Tokens[0].Value, out var m) ? m : Fail<AttributionMethodKind>(r, $"'{r.Tokens[0].Value}' is not a method; use one of {KebabCase.Choices<AttributionMethodKind>()}"),
        };
        var metric = new Option<string>("--metric") { Description = "What one successful outcome is (the metric definition).", HelpName = "TEXT", Required = true };
        var perOutcome = new Option<decimal>("--value-per-outcome")
        {
            Description = "The value of one successful outcome (invariant culture, e.g. 12.50).",
            HelpName = "AMOUNT",
            Required = true,
            CustomParser = r => ParseAmount(r),
        };
        var currency = new Option<string>("--currency") { Description = "ISO 4217 currency of the value, e.g. USD.", HelpName = "CODE", Required = true };
        var org = ShowbackCommand.OrgOption();
        var actor = GlobalOptions.Actor();
        var command = new Command("agree", "Agree an attribution method for an initiative (needs the finance role; you are recorded as the approver). Claims count only under a method agreed at or before their period start.");
        command.Arguments.Add(initiative);
        foreach (var option in new Option[] { method, metric, perOutcome, currency, org, actor })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var scope = await OutcomeCommandScope.OpenAsync(context, parse.GetValue(db)!, parse.GetValue(org)!, ct).ConfigureAwait(false);
            await using (scope.ConfigureAwait(false))
            {
                var agreement = await OutcomeCommandScope.RefusalsAsync(() => scope.Service.AgreeAsync(
                    parse.GetValue(initiative)!, parse.GetValue(method), parse.GetValue(metric)!, parse.GetValue(perOutcome), parse.GetValue(currency)!, parse.GetValue(actor)!, ct)).ConfigureAwait(false);
                context.Stdout.WriteLine(
                    $"agreed: {agreement.Initiative} proves outcomes by {KebabCase.Of(agreement.Method)}, {MoneyText.Exact(agreement.ValuePerOutcome)} {agreement.Currency} per successful outcome; "
                    + $"approved by {agreement.Approver} at {MoneyText.Timestamp(agreement.AgreedAt)}; claims count for periods starting on or after {FirstCountingDay(agreement.AgreedAt):yyyy-MM-dd}");
                return 0;
            }
        });
        return command;
    }

    private static Command List(CliContext context, Option<string> db)
    {
        var initiative = new Option<string?>("--initiative") { Description = "Only this initiative's agreements.", HelpName = "ID" };
        var format = GlobalOptions.Format();
        var command = new Command("list", "List agreed attribution methods, oldest first (a later agreement supersedes an earlier one from its date).");
        command.Options.Add(initiative);
        command.Options.Add(format);
        command.SetAction(async (parse, ct) =>
        {
            var scope = await OutcomeCommandScope.OpenAsync(context, parse.GetValue(db)!, null, ct).ConfigureAwait(false);
            await using (scope.ConfigureAwait(false))
            {
                var agreements = await scope.Outcomes.QueryAgreementsAsync(parse.GetValue(initiative), ct).ConfigureAwait(false);
                var report = new Report("Attribution methods",
                [
                    new("initiative", "Initiative"), new("method", "Method"), new("metric", "Metric"), new("valuePerOutcome", "Value per outcome", ReportColumnKind.ExactMoney),
                    new("currency", "Currency"), new("approver", "Approver"), new("agreedAt", "Agreed at"),
                ]);
                foreach (var a in agreements)
                {
                    report.Add(a.Initiative, KebabCase.Of(a.Method), a.MetricDefinition, MoneyText.Exact(a.ValuePerOutcome), a.Currency, a.Approver, MoneyText.Timestamp(a.AgreedAt));
                }

                report.Write(parse.GetValue(format) ?? OutputFormat.Table, context.Out, context.Stdout, "claims count only under a method agreed at or before their period start");
                return 0;
            }
        });
        return command;
    }

    /// <summary>The first period start whose 00:00 UTC is at or after the agreement.</summary>
    private static DateOnly FirstCountingDay(DateTimeOffset agreedAt)
    {
        var day = DateOnly.FromDateTime(agreedAt.UtcDateTime);
        return agreedAt.UtcDateTime.TimeOfDay == TimeSpan.Zero ? day : day.AddDays(1);
    }

    internal static decimal ParseAmount(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : Fail<decimal>(result, $"'{text}' is not an amount; use a decimal number such as 12.50");
    }

    internal static T Fail<T>(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return default!;
    }
}
