using System.CommandLine;
using System.Globalization;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Allocation.Insight;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// The period and store of the allocation-insight commands (explain, unallocated, coverage, export):
/// [--from, --to), or a whole --month; without them, all time.
/// </summary>
internal static class InsightPeriod
{
    /// <summary>Bounds standing for "no limit" (DuckDB TIMESTAMP holds both).</summary>
    private static readonly DateTime Earliest = new(1, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Latest = new(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    public static Option<DateTime?> Month() => new("--month")
    {
        Description = "A calendar month (UTC), instead of --from/--to.",
        HelpName = "YYYY-MM",
        CustomParser = r =>
        {
            if (DateTime.TryParseExact(r.Tokens[0].Value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var month))
            {
                return DateTime.SpecifyKind(month, DateTimeKind.Utc);
            }

            r.AddError($"'{r.Tokens[0].Value}' is not a month; use YYYY-MM");
            return null;
        },
    };

    public static (DateTime From, DateTime To) Resolve(DateTime? from, DateTime? to, DateTime? month = null)
    {
        if (month is { } m)
        {
            if (from is not null || to is not null)
            {
                throw new CliException("give either --month or --from/--to, not both");
            }

            return (m, m.AddMonths(1));
        }

        var start = from ?? Earliest;
        var end = to ?? Latest;
        if (end <= start)
        {
            throw new CliException($"--to ({MoneyText.Date(end)}) must be after --from ({MoneyText.Date(start)})");
        }

        return (start, end);
    }

    /// <summary>The period for captions and JSON: <c>null</c> for an open end.</summary>
    public static string? Bound(DateTime value) => value == Earliest || value == Latest ? null : MoneyText.Date(value);

    public static async Task<T> WithStoreAsync<T>(CliContext context, string db, Func<IAllocationInsightStore, Task<T>> work, CancellationToken cancellationToken)
    {
        var store = await Services.OpenStoreAsync(db, context, cancellationToken).ConfigureAwait(false);
        await using (store.ConfigureAwait(false))
        {
            var insight = store as IAllocationInsightStore ?? throw new CliException("this ledger cannot explain allocations");
            return await work(insight).ConfigureAwait(false);
        }
    }
}
