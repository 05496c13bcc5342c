using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Storage;
using ValueLedger.Core.Value.JCurve;
using ValueLedger.Core.Value.Lifecycle;
using ValueLedger.Core.Value.Metrics;
using ValueLedger.Core.Value.Scoreboard;
using ValueLedger.Core.Value;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>valueledger initiative show ID</c>: stage (and where it comes from), owner, sponsor, the agreement,
/// every J-curve version with its sign-off, the readiness controls and what the next stage still needs;
/// <c>--format table|json|html</c> (html: a printable page) and <c>--output FILE</c>.
/// </summary>
internal static class InitiativeShowCommand
{
    public static Command Create(CliContext context, Option<string> db)
    {
        var id = new Argument<string>("ID") { Description = "The initiative id." };
        var org = ShowbackCommand.OrgOption();
        var format = BriefCommand.FormatOption();
        var output = BriefCommand.OutputOption();
        var command = new Command("show", "Show an initiative's stage, agreement, J-curve versions, readiness controls and gate status.");
        command.Arguments.Add(id);
        command.Options.Add(org);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction((parse, ct) => InitiativeCli.RunAsync(context, parse.GetValue(org)!, parse.GetValue(db)!, async (service, store) =>
        {
            var state = await service.LoadStateAsync(parse.GetValue(id)!, ct).ConfigureAwait(false);
            var trend = await LoadTrendAsync(context, store, state.Initiative.Id, ct).ConfigureAwait(false);
            if (parse.GetValue(output) is { } path)
            {
                // The table form is for the terminal; a file gets the json or html form.
                var chosen = parse.GetValue(format)!;
                if (chosen == "table")
                {
                    throw new CliException("--output needs --format json or --format html");
                }

                using var file = BriefCommand.OpenOutput(path);
                Write(context, state, trend, chosen, file);
                context.Stdout.WriteLine($"wrote {state.Initiative.Id} to {path}");
            }
            else
            {
                Write(context, state, trend, parse.GetValue(format)!, context.Stdout);
            }

            return 0;
        }, ct));
        return command;
    }

    /// <summary>The initiative's value month by month over the last 12 months (empty when the ledger keeps no figures or outcomes).</summary>
    private static async Task<IReadOnlyList<InitiativeTrendRow>> LoadTrendAsync(CliContext context, ISpendStore store, string initiative, CancellationToken ct)
    {
        if (store is not IValueFiguresStore figures || store is not IOutcomeStore outcomes)
        {
            return [];
        }

        var now = context.Time.GetUtcNow().UtcDateTime;
        var to = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1);
        var from = to.AddMonths(-TrendMonths);
        var months = await figures.QueryInitiativeMonthsAsync(from, to, ct).ConfigureAwait(false);
        var records = await outcomes.QueryOutcomesAsync(initiative, ct).ConfigureAwait(false);
        var agreements = await outcomes.QueryAgreementsAsync(initiative, ct).ConfigureAwait(false);
        return InitiativeTrend.Monthly(initiative, from, to, months, CountingOutcomes.ByMonth(records, agreements));
    }

    /// <summary>How many months the value-by-month table covers, ending with the current month.</summary>
    private const int TrendMonths = 12;

    private static void Write(CliContext context, InitiativeState state, IReadOnlyList<InitiativeTrendRow> trend, string format, TextWriter writer)
    {
        switch (format)
        {
            case "json":
                WriteJson(writer, state, trend);
                break;
            case "html":
                InitiativeShowHtmlWriter.Write(writer, state, context.Time.GetUtcNow(), trend);
                break;
            default:
                WriteTables(context, state);
                WriteTrend(context, trend);
                break;
        }
    }

    private static void WriteTrend(CliContext context, IReadOnlyList<InitiativeTrendRow> trend)
    {
        var report = new Report("Value by month (last 12 months)",
        [
            new("month", "Month"), new("currency", "Currency"), new("cost", "Allocated cost", ReportColumnKind.Money),
            new("successful", "Validated successful [outcome]"), new("costPerOutcome", "Cost per successful outcome [outcome]"),
            new("change", "Change"), new("value", "Value realised [value]", ReportColumnKind.Money), new("net", "Net value [value]", ReportColumnKind.Money),
            new("roi", "ROI [value]"),
        ]);
        foreach (var r in trend)
        {
            report.Add(
                r.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), r.Currency, MoneyText.Exact(r.NetCost), r.ValidatedSuccessful.ToString("0.##", CultureInfo.InvariantCulture),
                r.CostPerSuccessfulOutcome is { } c ? MoneyText.Exact(Math.Round(c, 6)) : "n/a", Signed(r.CostPerSuccessfulOutcomeChange),
                MoneyText.Exact(r.ValueRealised), MoneyText.Exact(r.NetValue), MoneyText.Percent(r.Roi));
        }

        report.WriteTable(context.Out, trend.Count == 0 ? "no allocated cost or validated outcome in the last 12 months" : "cost per successful outcome: falling is good; change against the previous month with a defined figure; n/a = undefined (no validated outcome)");
    }

    private static string Signed(decimal? fraction) =>
        fraction is { } f ? (f * 100).ToString("+0.#;-0.#;0", CultureInfo.InvariantCulture) + " %" : "n/a";

    /// <summary>"to move to pilot: ready" or "to move to pilot: missing …"; null at production or retired.</summary>
    internal static string? GateText(InitiativeState state)
    {
        if (LifecycleGates.NextStage(state.Stage) is not { } next)
        {
            return null;
        }

        var unmet = LifecycleGates.UnmetConditions(state, next);
        return $"to move to {KebabCase.Of(next)}: " + (unmet.Count == 0 ? "ready" : "missing " + string.Join("; ", unmet));
    }

    private static void WriteTables(CliContext context, InitiativeState state)
    {
        var initiative = state.Initiative;
        var output = context.Stdout;
        output.WriteLine($"{initiative.Id} — {initiative.Name}");
        output.WriteLine($"stage: {KebabCase.Of(state.Stage)} (from {(state.StageFromTransition ? "a recorded transition" : "organisation.yaml")})");
        output.WriteLine($"owner business unit: {initiative.OwnerBu}");
        output.WriteLine($"sponsor: {initiative.Sponsor ?? "(none declared)"}");
        output.WriteLine(state.Agreement is { } a
            ? $"attribution: {KebabCase.Of(a.Method)}, one outcome = {a.MetricDefinition}, worth {MoneyText.Exact(a.ValuePerOutcome)} {a.Currency}; agreed by {a.Approver} at {MoneyText.Timestamp(a.AgreedAt)}"
            : "attribution: no agreed method");
        if (GateText(state) is { } gate)
        {
            output.WriteLine(gate);
        }

        var jcurves = new Report("J-curve declarations",
        [
            new("version", "Version", ReportColumnKind.Count), new("start", "Start"), new("monthlyCost", "C", ReportColumnKind.Money),
            new("troughMonth", "T", ReportColumnKind.Count), new("troughDepth", "D", ReportColumnKind.Money), new("maturityMonth", "M", ReportColumnKind.Count),
            new("targetNet", "V", ReportColumnKind.Money), new("tolerance", "w"), new("currency", "Currency"), new("breakEven", "Break-even month", ReportColumnKind.Count),
            new("declaredBy", "Declared by"), new("signedBy", "Signed by"), new("signedAt", "Signed at"),
        ]);
        foreach (var j in state.JCurves)
        {
            jcurves.Add(JCurveRow(j));
        }

        jcurves.WriteTable(context.Out, state.JCurves.Count == 0 ? "none declared" : "a signed version never changes; a change is a new version");
        var readiness = new Report("Production readiness", [new("control", "Control"), new("state", "State"), new("evidence", "Evidence"), new("reason", "Reason"), new("by", "By"), new("at", "At")]);
        foreach (var control in Enum.GetValues<ReadinessControl>())
        {
            var entry = state.Readiness.GetValueOrDefault(control);
            readiness.Add(KebabCase.Of(control), KebabCase.Of(state.StateOf(control)), entry?.EvidenceLink, entry?.Reason, entry?.Actor, entry is null ? null : MoneyText.Timestamp(entry.At));
        }

        readiness.WriteTable(context.Out, "production needs all five evidenced (with a link) or waived (admin or finance, with a reason)");
    }

    private static string?[] JCurveRow(JCurveDeclaration j) =>
    [
        Text(j.Version), j.StartMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture), MoneyText.Exact(j.MonthlyCost), Text(j.TroughMonth), MoneyText.Exact(j.TroughDepth),
        Text(j.MaturityMonth), MoneyText.Exact(j.TargetMonthlyNet), MoneyText.Exact(j.Tolerance), j.Currency,
        JCurveMath.ExpectedBreakEvenMonth(j) is { } b ? Text(b) : null, j.DeclaredBy, j.SignedBy, j.SignedAt is { } at ? MoneyText.Timestamp(at) : null,
    ];

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void WriteJson(TextWriter writer, InitiativeState state, IReadOnlyList<InitiativeTrendRow> trend)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("id", state.Initiative.Id);
            json.WriteString("name", state.Initiative.Name);
            json.WriteString("stage", KebabCase.Of(state.Stage));
            json.WriteString("stageSource", InitiativeCommand.StageSource(state));
            json.WriteString("ownerBu", state.Initiative.OwnerBu);
            json.WriteString("sponsor", state.Initiative.Sponsor);
            json.WritePropertyName("agreement");
            if (state.Agreement is { } a)
            {
                json.WriteStartObject();
                json.WriteString("method", KebabCase.Of(a.Method));
                json.WriteString("metricDefinition", a.MetricDefinition);
                json.WriteString("valuePerOutcome", MoneyText.Exact(a.ValuePerOutcome));
                json.WriteString("currency", a.Currency);
                json.WriteString("approver", a.Approver);
                json.WriteString("agreedAt", MoneyText.Timestamp(a.AgreedAt));
                json.WriteEndObject();
            }
            else
            {
                json.WriteNullValue();
            }

            json.WriteStartArray("jcurves");
            foreach (var j in state.JCurves)
            {
                JCurveJson.WriteDeclaration(json, j);
            }

            json.WriteEndArray();
            json.WriteStartArray("readiness");
            foreach (var control in Enum.GetValues<ReadinessControl>())
            {
                var entry = state.Readiness.GetValueOrDefault(control);
                json.WriteStartObject();
                json.WriteString("control", KebabCase.Of(control));
                json.WriteString("state", KebabCase.Of(state.StateOf(control)));
                json.WriteString("evidence", entry?.EvidenceLink);
                json.WriteString("reason", entry?.Reason);
                json.WriteString("by", entry?.Actor);
                json.WriteString("at", entry is null ? null : MoneyText.Timestamp(entry.At));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            var next = LifecycleGates.NextStage(state.Stage);
            json.WritePropertyName("gate");
            if (next is { } n)
            {
                json.WriteStartObject();
                json.WriteString("nextStage", KebabCase.Of(n));
                json.WriteStartArray("missing");
                foreach (var unmet in LifecycleGates.UnmetConditions(state, n))
                {
                    json.WriteStringValue(unmet);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }
            else
            {
                json.WriteNullValue();
            }

            json.WriteStartArray("months");
            foreach (var r in trend)
            {
                json.WriteStartObject();
                json.WriteString("month", r.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
                json.WriteString("currency", r.Currency);
                json.WriteString("allocatedCost", MoneyText.Exact(r.NetCost));
                json.WriteNumber("validatedSuccessful", r.ValidatedSuccessful);
                json.WriteString("costPerSuccessfulOutcome", r.CostPerSuccessfulOutcome is { } c ? MoneyText.Exact(c) : null);
                if (r.CostPerSuccessfulOutcomeChange is { } change)
                {
                    json.WriteNumber("costPerSuccessfulOutcomeChange", change);
                }
                else
                {
                    json.WriteNull("costPerSuccessfulOutcomeChange");
                }

                json.WriteString("valueRealised", MoneyText.Exact(r.ValueRealised));
                json.WriteString("netValue", MoneyText.Exact(r.NetValue));
                if (r.Roi is { } roi)
                {
                    json.WriteNumber("roi", roi);
                }
                else
                {
                    json.WriteNull("roi");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
