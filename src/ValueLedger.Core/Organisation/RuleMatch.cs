namespace ValueLedger.Core.Organisation;

/// <summary>
/// A rule's match: all conditions must hold. <see cref="IsAny"/> (<c>match: any</c>) matches every
/// line and must be said explicitly; an empty list without it is a problem, not a catch-all.
/// </summary>
public sealed record RuleMatch(bool IsAny, IReadOnlyList<MatchCondition> Conditions, SourceLocation Location)
{
    public static RuleMatch Any(SourceLocation location) => new(true, [], location);
}
