namespace ValueLedger.Cli.Demo;

/// <summary>
/// How one demo team adopts AI over the demo year (month indexes: 0 = 2025-11, 11 = 2026-10; −1 = 2025-10, a pilot).
/// <list type="bullet">
/// <item><see cref="BaseSize"/>: people at the default 200,000-row demo (scaled for others, never below 10 except
/// legal-ops, which keeps its 4).</item>
/// <item>Seats (<see cref="Tool"/>) roll out to every member between <see cref="SeatFrom"/> and <see cref="SeatTo"/>.</item>
/// <item><see cref="Regular"/> become regular users (in cohorts, a month or more after their seat) and
/// <see cref="Occasional"/> experiment on a few days a month; the rest never use it (DemoPeopleRoster).</item>
/// <item><see cref="Trained"/>: the share of the seated who complete training within the year.</item>
/// <item>The team's first workflow SOP is in progress from <see cref="WorkflowStart"/> and updated in
/// <see cref="WorkflowUpdated"/> (null: not within the year); the second follows two months later.</item>
/// </list>
/// </summary>
internal sealed record DemoTeamProfile(
    string Team,
    int BaseSize,
    string Tool,
    int SeatFrom,
    int SeatTo,
    double Regular,
    double Occasional,
    double Trained,
    int WorkflowStart,
    int? WorkflowUpdated,
    string[] Workflows);
