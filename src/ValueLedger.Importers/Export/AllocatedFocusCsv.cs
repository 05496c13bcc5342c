using System.Globalization;
using nietras.SeparatedValues;
using ValueLedger.Core.Allocation;
using ValueLedger.Core.Allocation.Insight;
using ValueLedger.Core.Ledger;

namespace ValueLedger.Importers.Export;

/// <summary>
/// Writes allocation rows as a FOCUS-style CSV (RFC 4180 quoting, invariant culture, UTF-8 without BOM,
/// cells that a spreadsheet would run as formulas prefixed with a quote), streamed: only one line's
/// rows are held at a time. The file appears whole or not at all: rows go to a temporary file in the
/// target's folder, renamed over the target on success and deleted on failure.
/// </summary>
/// <remarks>
/// <para>BilledCost and EffectiveCost are the line's figures scaled by the row's share of the line's cost:
/// figure × (amount ÷ line cost), computed in <see cref="decimal"/> and rounded half away from zero to 10
/// decimal places; the rounding difference goes to the line's row with the largest |amount| (the first
/// such), so each line's scaled figures sum exactly to its own. A zero-cost line's figures go whole to
/// its first row. x_AllocatedCost is the stored amount, exact: the rows' x_AllocatedCost sum exactly to
/// the allocated total.</para>
/// <para>AllocatedMethodId and AllocatedMethodDetails follow FOCUS 1.3 (FOCUS_Spec,
/// specification/datasets/cost_and_usage/columns/allocatedmethodid.md and allocatedmethoddetails.md):
/// the id names the method (direct | telemetry | weights | even, documented in docs/cli-json.md) and is
/// empty, with the details, for Unallocated rows (no split happened). The details object has the
/// required top-level <c>Elements</c> array with one element whose <c>AllocatedRatio</c> is amount ÷ line
/// cost (the ratios of a line's rows sum to 1), plus <c>UsageUnit</c> / <c>UsageQuantity</c> where the
/// method measured something (the BU's estimated usage cost in the basis currency for telemetry splits,
/// the weight, one part of an even split). Our own keys use the spec's <c>x_</c> + PascalCase form
/// (<c>x_BasisTotal</c>, <c>x_RuleKind</c>, ...).</para>
/// </remarks>
public static class AllocatedFocusCsv
{
    public static readonly string[] Columns =
    [
        "BillingAccountId", "BillingAccountName", "SubAccountId", "SubAccountName", "ProviderName", "ServiceName", "ServiceCategory",
        "ChargeCategory", "ChargeDescription", "ResourceId", "ResourceName", "RegionId", "SkuId", "ChargePeriodStart", "ChargePeriodEnd",
        "BillingPeriodStart", "BillingPeriodEnd", "BillingCurrency", "BilledCost", "EffectiveCost", "Tags", "AllocatedMethodId",
        "AllocatedMethodDetails", "x_BusinessUnit", "x_Initiative", "x_AllocatedCost", "x_CostKind", "x_AllocationRuleId", "x_LineId",
    ];

    /// <summary>
    /// Writes every row of <paramref name="shares"/> (a line's rows together, as the store streams them) to
    /// <paramref name="writer"/>, streamed; a period without rows still gets the header. Returns the rows written.
    /// </summary>
    public static async Task<long> WriteAsync(IAsyncEnumerable<AllocatedLineShare> shares, TextWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var written = await WriteRowsAsync(shares, writer, cancellationToken).ConfigureAwait(false);
        if (written == 0)
        {
            await writer.WriteLineAsync(string.Join(',', Columns)).ConfigureAwait(false);
        }

        return written;
    }

    private static async Task<long> WriteRowsAsync(IAsyncEnumerable<AllocatedLineShare> shares, TextWriter stream, CancellationToken cancellationToken)
    {
        using var csv = Sep.New(',').Writer(o => o with { Escape = true }).To(stream, leaveOpen: true);
        var line = new List<AllocatedLineShare>();
        long written = 0;
        await foreach (var share in shares.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (line.Count > 0 && line[0].Id != share.Id)
            {
                written += WriteLine(csv, line);
                line.Clear();
            }

            line.Add(share);
        }

        return written + WriteLine(csv, line);
    }

    private static int WriteLine(SepWriter csv, List<AllocatedLineShare> rows)
    {
        if (rows.Count == 0)
        {
            return 0;
        }

        var billed = Scale(rows, r => r.BilledCost);
        var effective = Scale(rows, r => r.EffectiveCost);
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var s = r.Share;
            using var row = csv.NewRow();
            Set(row, "BillingAccountId", r.BillingAccountId);
            Set(row, "BillingAccountName", r.BillingAccountName);
            Set(row, "SubAccountId", r.SubAccountId);
            Set(row, "SubAccountName", r.SubAccountName);
            Set(row, "ProviderName", r.Provider);
            Set(row, "ServiceName", r.ServiceName);
            Set(row, "ServiceCategory", r.ServiceCategory);
            Set(row, "ChargeCategory", r.ChargeCategory);
            Set(row, "ChargeDescription", r.ChargeDescription);
            Set(row, "ResourceId", r.ResourceId);
            Set(row, "ResourceName", r.ResourceName);
            Set(row, "RegionId", r.RegionId);
            Set(row, "SkuId", r.SkuId);
            Set(row, "ChargePeriodStart", Instant(r.ChargePeriodStart));
            Set(row, "ChargePeriodEnd", Instant(r.ChargePeriodEnd));
            Set(row, "BillingPeriodStart", r.BillingPeriodStart is { } bs ? Instant(bs) : null);
            Set(row, "BillingPeriodEnd", r.BillingPeriodEnd is { } be ? Instant(be) : null);
            Set(row, "BillingCurrency", s.Currency);
            Set(row, "BilledCost", billed[i] is { } b ? InvariantText.Exact(b) : null);
            Set(row, "EffectiveCost", effective[i] is { } e ? InvariantText.Exact(e) : null);
            Set(row, "Tags", r.Tags);
            var allocated = s.Method != AllocationMethods.Unallocated;
            Set(row, "AllocatedMethodId", allocated ? s.Method : null);
            Set(row, "AllocatedMethodDetails", allocated ? AllocatedMethodDetails.Json(s, Ratio(rows, i)) : null);
            Set(row, "x_BusinessUnit", s.Bu);
            Set(row, "x_Initiative", s.Initiative);
            Set(row, "x_AllocatedCost", InvariantText.Exact(s.Amount));
            Set(row, "x_CostKind", s.LineKind == AllocationLineKinds.Usage ? "estimated" : "of-record");
            Set(row, "x_AllocationRuleId", s.RuleId);
            Set(row, "x_LineId", r.Id.ToString());
        }

        return rows.Count;
    }

    /// <summary>The row's share of its line's cost; a zero-cost line counts whole on its first row.</summary>
    private static decimal? Ratio(List<AllocatedLineShare> rows, int i) => rows[i].LineCost switch
    {
        null => null,
        0m => i == 0 ? 1m : 0m,
        var cost => rows[i].Share.Amount / cost.Value,
    };

    private static decimal?[] Scale(List<AllocatedLineShare> rows, Func<AllocatedLineShare, decimal?> figureOf)
    {
        var result = new decimal?[rows.Count];
        if (figureOf(rows[0]) is not { } figure)
        {
            return result;
        }

        var largest = 0;
        decimal sum = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var scaled = Ratio(rows, i) is { } ratio ? Math.Round(figure * ratio, 10, MidpointRounding.AwayFromZero) : 0m;
            result[i] = scaled;
            sum += scaled;
            if (Math.Abs(rows[i].Share.Amount) > Math.Abs(rows[largest].Share.Amount))
            {
                largest = i;
            }
        }

        result[largest] += figure - sum;
        return result;
    }

    private static void Set(SepWriter.Row row, string column, string? value) => row[column].Set(CsvCells.Neutralise(value ?? string.Empty));

    private static string Instant(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
