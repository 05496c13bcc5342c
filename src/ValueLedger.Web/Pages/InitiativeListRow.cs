namespace ValueLedger.Web.Pages;

/// <summary>
/// One initiative on the list: stage, owner unit, sponsor; its latest month with figures (allocated cost, validated successful outcomes,
/// cost per successful outcome and net value, one line per currency; n/a when undefined); the laggard flag and the J-curve status.
/// </summary>
public sealed record InitiativeListRow(
    string Id, string Name, string Stage, string OwnerBu, string? Sponsor, string? LatestMonth, IReadOnlyList<MoneyLine> Latest, decimal? ValidatedSuccessful,
    bool Laggard, string? JCurveStatus, bool JCurveSigned);
