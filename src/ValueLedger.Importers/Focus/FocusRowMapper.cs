using System.Globalization;
using nietras.SeparatedValues;
using ValueLedger.Core.Import;
using ValueLedger.Core.Ledger;
using ValueLedger.Importers.Common;

namespace ValueLedger.Importers.Focus;

/// <summary>
/// Turns one FOCUS CSV row into a <see cref="SpendRecord"/> or a <see cref="RowError"/> naming the
/// column at fault. Holds small last-value caches (provider, currency, timestamps, tags, price
/// details): FOCUS rows repeat these values, and the caches keep the row loop free of dictionary
/// lookups and repeated parsing. One instance per file, one thread.
/// </summary>
internal sealed partial class FocusRowMapper(FocusColumns columns)
{
    private const string AiServiceCategory = "AI and Machine Learning";

    private readonly FocusTimestampColumn _billingPeriodStart = new();
    private readonly FocusTimestampColumn _billingPeriodEnd = new();
    private readonly FocusTimestampColumn _chargePeriodStart = new();
    private readonly FocusTimestampColumn _chargePeriodEnd = new();

    /// <summary>The last string read from each column, by column index (see <see cref="Text"/>).</summary>
    private readonly string?[] _lastText = new string?[columns.ColumnCount];

    /// <summary>Whether any non-blank row was seen (good or bad).</summary>
    public bool SawRow { get; private set; }

    /// <summary>
    /// Maps <paramref name="row"/>, whose first line is <paramref name="line"/>. Returns null and the
    /// record, or the error (and a null record).
    /// </summary>
    public RowError? Map(SepReader.Row row, long line, out SpendRecord? record)
    {
        record = null;
        SawRow = true;
        // Each reader returns null when the cell is good; the first error ends the row.
        RowError? error;
        if ((error = CheckShape(row, line)) is not null
            || (error = ReadCost(row, columns.BilledCost, "BilledCost", line, out var billed)) is not null
            || (error = billed is null ? new RowError(line, "BilledCost", "BilledCost is empty; FOCUS requires it on every row") : null) is not null
            || (error = ReadCost(row, columns.EffectiveCost, "EffectiveCost", line, out var effective)) is not null
            || (error = ReadCost(row, columns.ListCost, "ListCost", line, out var listCost)) is not null
            || (error = ReadCost(row, columns.PricingQuantity, "PricingQuantity", line, out var pricingQuantity)) is not null
            || (error = ReadCurrency(row, line, out var currency)) is not null
            || (error = ReadTimestamp(row, columns.BillingPeriodStart, _billingPeriodStart, "BillingPeriodStart", line, out var billingStart)) is not null
            || (error = ReadTimestamp(row, columns.BillingPeriodEnd, _billingPeriodEnd, "BillingPeriodEnd", line, out var billingEnd)) is not null
            || (error = ReadTimestamp(row, columns.ChargePeriodStart, _chargePeriodStart, "ChargePeriodStart", line, out var chargeStart)) is not null
            || (error = ReadTimestamp(row, columns.ChargePeriodEnd, _chargePeriodEnd, "ChargePeriodEnd", line, out var chargeEnd)) is not null
            || (error = CheckPeriod(billingStart, billingEnd, "BillingPeriod", line)) is not null
            || (error = CheckPeriod(chargeStart, chargeEnd, "ChargePeriod", line)) is not null
            || (error = ReadTags(row, line, out var tags)) is not null)
        {
            return error;
        }

        var serviceCategory = Text(row, columns.ServiceCategory);
        var aiScope = serviceCategory is not null && serviceCategory.AsSpan().Trim().Equals(AiServiceCategory, StringComparison.OrdinalIgnoreCase);
        var chargeCategory = Text(row, columns.ChargeCategory);
        var details = ReadPriceDetails(row);
        var tokens = default(TokenCount);
        if (aiScope && (error = ReadTokens(row, line, details, pricingQuantity, out tokens)) is not null)
        {
            return error;
        }

        var (cost, measure) = ChooseCost(billed!.Value, effective, chargeCategory);
        record = new SpendRecord
        {
            Kind = RecordKind.CostOfRecord,
            RecordKey = line.ToString(CultureInfo.InvariantCulture),
            SourceLine = line,
            Provider = ReadProvider(row),
            BillingAccountId = Text(row, columns.BillingAccountId),
            BillingAccountName = Text(row, columns.BillingAccountName),
            SubAccountId = Text(row, columns.SubAccountId),
            SubAccountName = Text(row, columns.SubAccountName),
            ServiceName = Text(row, columns.ServiceName),
            ServiceCategory = serviceCategory,
            ChargeCategory = chargeCategory,
            ChargeClass = Text(row, columns.ChargeClass),
            ChargeDescription = Text(row, columns.ChargeDescription),
            ResourceId = Text(row, columns.ResourceId),
            ResourceName = Text(row, columns.ResourceName),
            RegionId = Text(row, columns.RegionId),
            SkuId = Text(row, columns.SkuId),
            PricingQuantity = pricingQuantity,
            PricingUnit = Text(row, columns.PricingUnit),
            Model = details?.Model,
            ChargePeriodStart = chargeStart,
            ChargePeriodEnd = chargeEnd,
            BillingPeriodStart = billingStart,
            BillingPeriodEnd = billingEnd,
            InputTokens = tokens.Input,
            OutputTokens = tokens.Output,
            CachedReadTokens = tokens.CachedRead,
            CacheWriteTokens = tokens.CacheWrite,
            BilledCost = billed,
            EffectiveCost = effective,
            ListCost = listCost,
            Cost = cost,
            CostMeasure = measure,
            Currency = currency,
            Tags = tags,
            AiScope = aiScope,
        };
        return null;
    }

    /// <summary>
    /// EffectiveCost is the default measure. BilledCost stands in when EffectiveCost is missing, or
    /// is 0 while BilledCost is not (real AWS exports do this on usage lines). Not for Purchase
    /// lines: FOCUS sets their EffectiveCost to 0 on purpose, because the purchase is amortised
    /// into the EffectiveCost of the usage it covers; counting its BilledCost would count it twice.
    /// </summary>
    internal static (decimal Cost, string Measure) ChooseCost(decimal billed, decimal? effective, string? chargeCategory)
    {
        if (effective is null)
        {
            return (billed, CostMeasures.BilledCost);
        }

        if (effective.Value == 0m && billed != 0m
            && !string.Equals(chargeCategory?.Trim(), "Purchase", StringComparison.OrdinalIgnoreCase))
        {
            return (billed, CostMeasures.BilledCost);
        }

        return (effective.Value, CostMeasures.EffectiveCost);
    }

    /// <summary>
    /// A row must have the header's column count and balanced quotes. Sep treats every quote as
    /// opening or closing a quoted run and only ends a row outside one, so an odd number of quotes
    /// means a quote was never closed and the row ran to the end of the input: an error, never a
    /// silently merged record.
    /// </summary>
    private RowError? CheckShape(SepReader.Row row, long line)
    {
        var raw = row.Span;
        if ((raw.Count('"') & 1) == 1)
        {
            return new RowError(line, null, "a quoted field is never closed: the row runs to the end of the file", Excerpt(raw));
        }

        return row.ColCount == columns.ColumnCount
            ? null
            : new RowError(
                line,
                null,
                string.Create(CultureInfo.InvariantCulture, $"the row has {row.ColCount} columns but the header has {columns.ColumnCount}"),
                Excerpt(raw));
    }

    private static RowError? CheckPeriod(DateTime start, DateTime end, string period, long line) =>
        end >= start
            ? null
            : new RowError(
                line,
                period + "End",
                string.Create(CultureInfo.InvariantCulture, $"{period}End {end:yyyy-MM-dd'T'HH:mm:ss'Z'} is before {period}Start {start:yyyy-MM-dd'T'HH:mm:ss'Z'}"));

    /// <summary>A cut copy of <paramref name="text"/> for error messages (a field may be 10 MB).</summary>
    internal static string? Excerpt(ReadOnlySpan<char> text) =>
        RowError.Excerpt(text[..Math.Min(text.Length, RowError.MaxRawLength + 1)].ToString());

    /// <summary>
    /// The cell as a string, or null when the column is absent or the cell is empty / <c>NULL</c>.
    /// Reuses the previous row's string when the text is the same: consecutive FOCUS rows mostly
    /// share their account, service, category and unit, and a comparison is cheaper than both an
    /// allocation and a hashed string pool (measured: Sep's PoolPerCol made the import 2x slower).
    /// </summary>
    private string? Text(SepReader.Row row, int index)
    {
        if (index < 0)
        {
            return null;
        }

        var text = row[index].Span;
        if (Values.IsNull(text))
        {
            return null;
        }

        var last = _lastText[index];
        if (last is not null && text.SequenceEqual(last))
        {
            return last;
        }

        last = text.ToString();
        _lastText[index] = last;
        return last;
    }
}
