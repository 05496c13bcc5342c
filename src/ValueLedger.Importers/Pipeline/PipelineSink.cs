using ValueLedger.Core.Import;
using ValueLedger.Core.Ledger;
using ValueLedger.Core.Pricing;
using ValueLedger.Core.Storage;

namespace ValueLedger.Importers.Pipeline;

/// <summary>
/// Between an importer and the store: prices telemetry that carries no cost, keeps the counts and
/// totals of the summary, and applies strict or lenient handling of bad rows.
/// </summary>
internal sealed class PipelineSink(IImportSession session, IPricer pricer, bool lenient, Func<RejectsWriter> openRejects) : IRecordSink, IDisposable
{
    private readonly Dictionary<string, decimal> _cost = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Provider, string? Model), long> _unpriced = [];
    private readonly List<RowError> _firstRejects = [];
    private RejectsWriter? _rejects;

    public long RowsRead { get; private set; }

    public long RowsRejected { get; private set; }

    /// <summary>The error that stopped the import (strict mode, or a fatal error), if any.</summary>
    public RowError? StoppedBy { get; private set; }

    public DateTime? PeriodStart { get; private set; }

    public DateTime? PeriodEnd { get; private set; }

    public string? RejectsPath => _rejects?.Path;

    /// <summary>The first <see cref="FileImportResult.MaxKeptRejects"/> rejected rows, raw text cut to an excerpt.</summary>
    public IReadOnlyList<RowError> FirstRejects => _firstRejects;

    public IReadOnlyList<CurrencyAmount> Cost =>
        [.. _cost.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new CurrencyAmount(c.Key, c.Value))];

    public IReadOnlyList<UnpricedModel> Unpriced =>
        [.. _unpriced.OrderByDescending(u => u.Value).Select(u => new UnpricedModel(u.Key.Provider, u.Key.Model, u.Value))];

    public void Accept(SpendRecord record)
    {
        RowsRead++;
        if (record.Kind == RecordKind.UsageTelemetry && record.Cost is null)
        {
            var quote = pricer.Price(record);
            if (quote is { } q && string.Equals(q.Currency, record.Currency, StringComparison.Ordinal))
            {
                record.Cost = q.Cost;
                record.CostMeasure = CostMeasures.PriceBook;
                record.PriceId = q.PriceId;
            }
            else
            {
                var key = (record.Provider, record.Model);
                _unpriced[key] = _unpriced.GetValueOrDefault(key) + 1;
            }
        }

        if (record.Cost is { } cost)
        {
            _cost[record.Currency] = _cost.GetValueOrDefault(record.Currency) + cost;
        }

        if (PeriodStart is null || record.ChargePeriodStart < PeriodStart)
        {
            PeriodStart = record.ChargePeriodStart;
        }

        if (PeriodEnd is null || record.ChargePeriodEnd > PeriodEnd)
        {
            PeriodEnd = record.ChargePeriodEnd;
        }

        session.Append(record);
    }

    public bool Reject(RowError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.IsFatal || !lenient)
        {
            StoppedBy ??= error;
            return false;
        }

        RowsRead++;
        RowsRejected++;
        _rejects ??= openRejects();
        _rejects.Write(error);
        if (_firstRejects.Count < FileImportResult.MaxKeptRejects)
        {
            _firstRejects.Add(error with { Raw = RowError.Excerpt(error.Raw) });
        }

        return true;
    }

    public void Dispose() => _rejects?.Dispose();
}
