using System.CommandLine;
using System.Globalization;
using ValueLedger.Core.Storage;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.JCurve;
using ValueLedger.Core.Value.Lifecycle;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>valueledger jcurve ID [--version N] [--months N] [--format table|json|html]</c>: per month the expected
/// net and cumulative value, the band, and (when the ledger keeps outcomes and value figures) the actual
/// cumulative net value and its status; with the computed break-even month.
/// </summary>
internal static class JCurveShowCommand
{
    public static Command Create(CliContext context, Option<string> db)
    {
        var id = new Argument<string>("ID") { Description = "The initiative id." };
        var version = new Option<int?>("--version") { Description = "The version to show. Default: the latest signed version, else the latest.", HelpName = "N" };
        var months = new Option<int?>("--months") { Description = "How many months from the start (1 to 120). Default: through maturity and break-even, at least 12.", HelpName = "N" };
        var format = new Option<string>("--format")
        {
            Description = "Output: table (default), json (see docs/cli-json.md) or html (a printable document).",
            HelpName = "table|json|html",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "html");
        var org = ShowbackCommand.OrgOption();
        var command = new Command("jcurve", "J-curve declarations: show one month by month (jcurve ID), declare a new version, sign one.");
        command.Arguments.Add(id);
        foreach (var option in new Option[] { version, months, format, org })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) => InitiativeCli.RunAsync(context, parse.GetValue(org)!, parse.GetValue(db)!, async (service, store) =>
        {
            var state = await service.LoadStateAsync(parse.GetValue(id)!, ct).ConfigureAwait(false);
            var declaration = Pick(state, parse.GetValue(version));
            var count = parse.GetValue(months) ?? DefaultMonths(declaration);
            if (count is < 1 or > JCurveMath.Horizon)
            {
                throw new CliException($"--months must be from 1 to {JCurveMath.Horizon} (got {count})");
            }

            var view = await BuildAsync(context, store, declaration, count, ct).ConfigureAwait(false);
            switch (parse.GetValue(format))
            {
                case "json":
                    view.Report.WriteJson(context.Stdout, json => view.WriteJsonHeader(json));
                    break;
                case "html":
                    JCurveHtmlWriter.Write(context.Stdout, view, context.Time.GetUtcNow());
                    break;
                default:
                    context.Stdout.WriteLine(view.Headline);
                    view.Report.WriteTable(context.Out, view.Caption);
                    break;
            }

            return 0;
        }, ct));
        return command;
    }

    private static JCurveDeclaration Pick(InitiativeState state, int? version)
    {
        if (state.JCurves.Count == 0)
        {
            throw new CliException($"{state.Initiative.Id} has no J-curve declaration; declare one with `valueledger jcurve declare {state.Initiative.Id} ...`");
        }

        if (version is { } v)
        {
            return state.JCurves.FirstOrDefault(j => j.Version == v)
                ?? throw new CliException($"{state.Initiative.Id} has no J-curve version {v}; versions: {string.Join(", ", state.JCurves.Select(j => j.Version))}");
        }

        return state.SignedJCurve ?? state.JCurves[^1];
    }

    private static int DefaultMonths(JCurveDeclaration declaration) =>
        Math.Min(JCurveMath.Horizon, Math.Max(12, Math.Max(declaration.MaturityMonth, JCurveMath.ExpectedBreakEvenMonth(declaration) ?? 0) + 4));

    private static async Task<JCurveView> BuildAsync(CliContext context, ISpendStore store, JCurveDeclaration declaration, int months, CancellationToken cancellationToken)
    {
        IReadOnlyList<decimal?>? actuals = null;
        var laggard = false;
        if (store is IOutcomeStore outcomes && store is IValueFiguresStore figures)
        {
            var from = declaration.StartMonth.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var records = await outcomes.QueryOutcomesAsync(declaration.Initiative, cancellationToken).ConfigureAwait(false);
            var agreements = await outcomes.QueryAgreementsAsync(declaration.Initiative, cancellationToken).ConfigureAwait(false);
            var costs = await figures.QueryInitiativeMonthsAsync(from, from.AddMonths(months), cancellationToken).ConfigureAwait(false);
            var today = DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
            actuals = JCurveActuals.Cumulative(declaration, months, today, records, agreements, costs);
            var last = actuals.Select((a, t) => (a, t)).LastOrDefault(x => x.a is not null);
            laggard = last.a is { } actual && Laggards.IsLaggard(declaration, last.t, actual, JCurveActuals.HasValidatedOutcome(declaration, records));
        }

        return JCurveView.Create(declaration, months, actuals, laggard);
    }

    internal static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
