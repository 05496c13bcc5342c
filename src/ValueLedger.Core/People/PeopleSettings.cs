namespace ValueLedger.Core.People;

/// <summary>
/// YAML <c>people:</c> — the privacy threshold and the adoption ladder's usage thresholds.
/// <list type="bullet">
/// <item><see cref="MinGroupSize"/> (k): every aggregate over fewer than k people is suppressed. Default 5; it can be
/// raised, never set below <see cref="FloorGroupSize"/> (the validator refuses it).</item>
/// <item><see cref="ExperimentationDays"/>: active on at least this many days in the month = experimentation.</item>
/// <item>Regular use: active on at least <see cref="RegularUseDaysPerWeek"/> days in at least
/// <see cref="RegularUseWeeks"/> of the month's four 7-day windows (days 1–7, 8–14, 15–21, 22–28).</item>
/// </list>
/// </summary>
public sealed record PeopleSettings
{
    /// <summary>The lowest threshold that may be configured.</summary>
    public const int FloorGroupSize = 5;

    public static PeopleSettings Default { get; } = new();

    public int MinGroupSize { get; init; } = FloorGroupSize;

    public int ExperimentationDays { get; init; } = 1;

    public int RegularUseDaysPerWeek { get; init; } = 3;

    public int RegularUseWeeks { get; init; } = 3;
}
