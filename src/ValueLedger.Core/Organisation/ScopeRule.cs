namespace ValueLedger.Core.Organisation;

/// <summary>Declares matching lines in or out of AI scope (overriding the built-in scope, e.g. FOCUS ServiceCategory).</summary>
public sealed record ScopeRule(string Id, RuleMatch Match, bool InScope, SourceLocation Location);
