namespace ValueLedger.Core.Value.Metrics;

/// <summary>
/// One metric as reports label it: a stable kebab-case <see cref="Id"/>, a display <see cref="Name"/>,
/// its <see cref="Rung"/> on the distinction ladder, its <see cref="Unit"/> (e.g. <c>ratio</c>,
/// <c>money per outcome</c>), the <see cref="Definition"/> in words, and whether the scoreboard scores it
/// (<see cref="Scored"/>; never for activity).
/// </summary>
public sealed record MetricDefinition(string Id, string Name, LadderRung Rung, string Unit, string Definition, bool Scored);
