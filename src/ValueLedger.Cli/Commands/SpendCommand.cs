using System.CommandLine;
using System.Globalization;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Storage;

namespace ValueLedger.Cli.Commands;

/// <summary><c>valueledger spend --by DIM[,DIM]</c></summary>
internal static class SpendCommand
{
    public const string Dimensions = "provider, account, service, model, day, month, source, tag:KEY";

    public static Command Create(CliContext context, Option<string> db)
    {
        var by = new Option<IReadOnlyList<SpendGrouping>>("--by")
        {
            Description = $"Group by one or more of: {Dimensions} (comma-separated). Default: provider.",
            HelpName = "DIM[,DIM]",
            CustomParser = r => ParseGroupings(r),
        };
        var scope = new Option<SpendScope?>("--scope")
        {
            Description = "ai (default): AI spend only; all: every cost line.",
            HelpName = "ai|all",
            CustomParser = r => r.Tokens[0].Value.ToLowerInvariant() switch
            {
                "ai" => SpendScope.Ai,
                "all" => SpendScope.All,
                var other => Fail(r, $"'{other}' is not a scope; use ai or all"),
            },
        };
        var from = GlobalOptions.From();
        var to = GlobalOptions.To();
        var format = GlobalOptions.Format();
        var command = new Command("spend", "Spend grouped by dimensions. Cost = cost of record + telemetry no bill covers (estimated); covered telemetry is shown apart, never added.");
        foreach (var option in new Option[] { by, from, to, scope, format })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var query = new SpendQuery(parse.GetValue(by) ?? [new SpendGrouping(SpendDimension.Provider)], parse.GetValue(from), parse.GetValue(to), parse.GetValue(scope) ?? SpendScope.Ai);
            var store = await Services.OpenStoreAsync(parse.GetValue(db)!, context, ct).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                var rows = await store.QuerySpendAsync(query, ct).ConfigureAwait(false);
                SpendReport.Write(context, query, rows, parse.GetValue(format) ?? OutputFormat.Table);
                return 0;
            }
        });
        return command;
    }

    internal static IReadOnlyList<SpendGrouping> ParseGroupings(System.CommandLine.Parsing.ArgumentResult result)
    {
        var groupings = new List<SpendGrouping>();
        foreach (var part in result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (part.StartsWith("tag:", StringComparison.OrdinalIgnoreCase))
            {
                var key = part[4..];
                if (key.Trim().Length == 0)
                {
                    result.AddError("tag: needs a key, e.g. --by tag:team");
                    return groupings;
                }

                groupings.Add(new SpendGrouping(SpendDimension.Tag, key));
            }
            else if (Enum.TryParse<SpendDimension>(part, ignoreCase: true, out var dimension) && dimension != SpendDimension.Tag && !int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                groupings.Add(new SpendGrouping(dimension));
            }
            else
            {
                result.AddError($"'{part}' is not a dimension; use {Dimensions}");
                return groupings;
            }
        }

        return groupings.Count == 0 ? [new SpendGrouping(SpendDimension.Provider)] : groupings;
    }

    private static SpendScope? Fail(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return SpendScope.Ai;
    }
}
