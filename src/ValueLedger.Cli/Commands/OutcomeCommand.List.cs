using System.CommandLine;
using System.Globalization;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Outcomes;

namespace ValueLedger.Cli.Commands;

internal static partial class OutcomeCommand
{
    private static Command List(CliContext context, Option<string> db)
    {
        var initiative = new Option<string?>("--initiative") { Description = "Only this initiative's records.", HelpName = "ID" };
        var status = new Option<OutcomeStatus?>("--status")
        {
            Description = $"Only records with this status: {KebabCase.Choices<OutcomeStatus>()}.",
            HelpName = "STATUS",
            CustomParser = r => KebabCase.TryParse<OutcomeStatus>(r.Tokens[0].Value, out var s) ? s : MethodCommand.Fail<OutcomeStatus?>(r, $"'{r.Tokens[0].Value}' is not a status; use one of {KebabCase.Choices<OutcomeStatus>()}"),
        };
        var format = GlobalOptions.Format();
        var command = new Command("list", "List outcome records by id: counts, value (stated, or successful × the agreed value per outcome), status, whether it counts.");
        foreach (var option in new Option[] { initiative, status, format })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var scope = await OutcomeCommandScope.OpenAsync(context, parse.GetValue(db)!, null, ct).ConfigureAwait(false);
            await using (scope.ConfigureAwait(false))
            {
                var only = parse.GetValue(initiative);
                var records = await scope.Outcomes.QueryOutcomesAsync(only, ct).ConfigureAwait(false);
                var agreements = await scope.Outcomes.QueryAgreementsAsync(only, ct).ConfigureAwait(false);
                var report = ListReport(records, agreements, parse.GetValue(status));
                report.Write(parse.GetValue(format) ?? OutputFormat.Table, context.Out, context.Stdout,
                    "counts = validated and not superseded by a validated correction; value n/a = no stated value and no method agreed before the period");
                return 0;
            }
        });
        return command;
    }

    private static Report ListReport(IReadOnlyList<OutcomeRecord> records, IReadOnlyList<AttributionAgreement> agreements, OutcomeStatus? status)
    {
        var counting = OutcomeRules.CountingRecords(records).Select(r => r.Id).ToHashSet();
        var report = new Report("Outcome records",
        [
            new("id", "Id", ReportColumnKind.Count), new("initiative", "Initiative"), new("periodStart", "From"), new("periodEnd", "To (excl.)"),
            new("successful", "Successful", ReportColumnKind.Count), new("failed", "Failed", ReportColumnKind.Count),
            new("value", "Value", ReportColumnKind.ExactMoney), new("currency", "Currency"), new("valueSource", "Value from"),
            new("status", "Status"), new("counts", "Counts"), new("corrects", "Corrects", ReportColumnKind.Count), new("evidence", "Evidence"),
            new("recordedBy", "Recorded by"), new("recordedAt", "Recorded at"), new("reviewedBy", "Reviewed by"), new("reviewedAt", "Reviewed at"), new("reviewReason", "Review reason"),
        ]);
        foreach (var record in records.Where(r => status is null || r.Status == status))
        {
            var claim = record.Claim;
            var value = OutcomeRules.ValueOf(claim, agreements);
            report.Add(
                Number(record.Id), claim.Initiative, Day(claim.PeriodStart), Day(claim.PeriodEnd), Number(claim.Successful), Number(claim.Failed),
                value is { } v ? MoneyText.Exact(v.Amount) : null, value?.Currency, claim.Value is not null ? "stated" : value is null ? null : "agreement",
                KebabCase.Of(record.Status), counting.Contains(record.Id) ? "yes" : "no", claim.Corrects is { } c ? Number(c) : null, claim.Evidence,
                record.RecordedBy, MoneyText.Timestamp(record.RecordedAt), record.ReviewedBy, record.ReviewedAt is { } at ? MoneyText.Timestamp(at) : null, record.ReviewReason);
        }

        return report;
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
