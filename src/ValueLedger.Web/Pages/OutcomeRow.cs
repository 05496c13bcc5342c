namespace ValueLedger.Web.Pages;

/// <summary>
/// One outcome record as the review queue shows it: money as exact text with its currency (null = undefined, shown "n/a"),
/// the evidence link only when it is an http(s) URL (else as plain text), and no recorder or reviewer names.
/// </summary>
public sealed record OutcomeRow(
    long Id, string Initiative, string InitiativeName, string PeriodStart, string PeriodEnd, long Successful, long Failed, string? Value, string? Currency,
    string Status, bool Counts, string? EvidenceLink, string? EvidenceText, string? ReviewReason, string RecordedAt, string? ReviewedAt)
{
    public bool AwaitingReview => Status == "claimed";
}
