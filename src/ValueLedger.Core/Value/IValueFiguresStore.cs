namespace ValueLedger.Core.Value;

/// <summary>The ledger figures the value metrics need, per month (UTC calendar months of the lines' charge period start).</summary>
public interface IValueFiguresStore
{
    /// <summary>Allocated cost and attributed activity per month, business unit, initiative and currency for months in [from, to).</summary>
    Task<IReadOnlyList<InitiativeMonth>> QueryInitiativeMonthsAsync(DateTime from, DateTime to, CancellationToken cancellationToken);
}
