using System.CommandLine;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Allocation.Insight;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>valueledger explain LINE_ID</c>: why a line's money went where it did (each allocation row, its rule
/// and basis in words); <c>valueledger explain --bu ID [--initiative ID] --month YYYY-MM</c>: a business
/// unit's money by rule or policy, method, fallback and line kind per currency, with its largest lines.
/// </summary>
internal static partial class ExplainCommand
{
    public static Command Create(CliContext context, Option<string> db)
    {
        var line = new Argument<string?>("LINE_ID")
        {
            Description = "A line id SOURCE_ID:SEQ (as explain --bu, unallocated and the export show it).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var bu = new Option<string?>("--bu") { Description = "Explain a business unit's money instead of one line (with --initiative: only that initiative).", HelpName = "ID" };
        var initiative = new Option<string?>("--initiative") { Description = "Explain an initiative's money (in every business unit, or only --bu's).", HelpName = "ID" };
        var month = InsightPeriod.Month();
        var from = GlobalOptions.From();
        var to = GlobalOptions.To();
        var top = new Option<int>("--top") { Description = "With --bu or --initiative: how many of the largest lines to list per currency (default 10).", DefaultValueFactory = _ => 10, HelpName = "N" };
        top.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--top must be at least 1");
            }
        });
        var format = GlobalOptions.Format();
        var command = new Command("explain", "Explain an allocation: one line (LINE_ID = SOURCE_ID:SEQ) or a business unit's money (--bu).");
        command.Arguments.Add(line);
        foreach (var option in new Option[] { bu, initiative, month, from, to, top, format })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var lineText = parse.GetValue(line);
            var buId = parse.GetValue(bu);
            var output = parse.GetValue(format) ?? OutputFormat.Table;
            if (lineText is not null && (buId is not null || parse.GetValue(initiative) is not null))
            {
                throw new CliException("give a LINE_ID or --bu/--initiative, not both");
            }

            if (buId is not null || parse.GetValue(initiative) is not null)
            {
                var (start, end) = InsightPeriod.Resolve(parse.GetValue(from), parse.GetValue(to), parse.GetValue(month));
                var unitInitiative = parse.GetValue(initiative);
                var explanation = await InsightPeriod.WithStoreAsync(
                    context, parse.GetValue(db)!, s => s.ExplainBusinessUnitAsync(buId, unitInitiative, start, end, parse.GetValue(top), ct), ct).ConfigureAwait(false);
                WriteBu(context, output, buId, unitInitiative, (start, end), explanation);
                return 0;
            }

            if (lineText is null)
            {
                throw new CliException("give a LINE_ID (SOURCE_ID:SEQ, e.g. 3:1207) or --bu ID");
            }

            if (!LineId.TryParse(lineText, out var id))
            {
                throw new CliException($"'{lineText}' is not a line id; use SOURCE_ID:SEQ, e.g. 3:1207");
            }

            var explained = await InsightPeriod.WithStoreAsync(context, parse.GetValue(db)!, s => s.ExplainLineAsync(id, ct), ct).ConfigureAwait(false)
                ?? throw new CliException($"no line {id} in the ledger; line ids are SOURCE_ID:SEQ (see valueledger sources, explain --bu, unallocated)");
            WriteLine(context, output, explained);
            return 0;
        });
        return command;
    }
}
