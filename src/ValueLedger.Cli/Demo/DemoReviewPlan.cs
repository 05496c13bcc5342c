namespace ValueLedger.Cli.Demo;

/// <summary>
/// How one initiative's AI output is reviewed over the demo year, as straight lines from its first month
/// (<see cref="FirstMonth"/>, a demo month index) to 2026-10: outputs a month at the default demo (scaled with
/// team size), override and error rates (% of reviewed outputs), review minutes per output, minutes saved per output
/// and the shares of saved hours redeployed and converted into a cost reduction. <see cref="ReviewerTeams"/> are the
/// teams whose seated members review (their number is the record's people count).
/// </summary>
internal sealed record DemoReviewPlan(
    string Initiative,
    string[] ReviewerTeams,
    int FirstMonth,
    int Outputs,
    (double First, double Last) OverridePercent,
    (double First, double Last) ErrorPercent,
    (double First, double Last) ReviewMinutes,
    double MinutesSavedPerOutput,
    (double First, double Last) Redeployed,
    (double First, double Last) CostReduced);
