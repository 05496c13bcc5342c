using System.Globalization;

namespace ValueLedger.Core.People.Privacy;

/// <summary>
/// A figure computed over people — a share, a survey mean, a rate — shown with how many people it was computed over,
/// only when that is at least k. Suppressed or empty, it carries neither value nor count.
/// </summary>
public readonly record struct PeopleMeasure
{
    private PeopleMeasure(CellState state, decimal value, int people)
    {
        State = state;
        Value = value;
        People = people;
    }

    public static PeopleMeasure NoData { get; } = new(CellState.NoData, 0m, 0);

    public static PeopleMeasure BelowThreshold { get; } = new(CellState.BelowThreshold, 0m, 0);

    public CellState State { get; }

    /// <summary>The figure when shown, else 0.</summary>
    public decimal Value { get; }

    /// <summary>How many people the figure is over when shown (at least k), else 0.</summary>
    public int People { get; }

    public decimal? Shown => State == CellState.Value ? Value : null;

    /// <summary>The measure over <paramref name="people"/> people: no data with none, below threshold under k.</summary>
    public static PeopleMeasure Of(decimal value, int people, int k) =>
        people <= 0 ? NoData : people < k ? BelowThreshold : new(CellState.Value, value, people);

    public override string ToString() => State switch
    {
        CellState.Value => Value.ToString("0.#", CultureInfo.InvariantCulture),
        CellState.BelowThreshold => "below threshold",
        _ => "no data",
    };
}
