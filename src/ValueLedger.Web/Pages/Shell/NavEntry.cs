using ValueLedger.Web.Security;

namespace ValueLedger.Web.Pages.Shell;

/// <summary>One entry of the main navigation; shown only to users who may open it.</summary>
public sealed record NavEntry(string Key, string Label, string Href, Func<CurrentUser, bool> Visible)
{
    /// <summary>The dashboard's pages, in navigation order.</summary>
    public static IReadOnlyList<NavEntry> All { get; } =
    [
        new("overview", "Overview", "/", u => u.CanRead),
        new("spend", "Spend", "/spend", u => u.CanRead && u.SeesAllBusinessUnits),
        new("showback", "Showback", "/showback", u => u.CanRead),
        new("initiatives", "Initiatives", "/initiatives", u => u.CanRead),
        new("outcomes", "Outcomes", "/outcomes", u => u.CanRead),
        // People and operating model (issue 6): about teams, never persons. Maturity's evidence is ledger-wide figures.
        new("adoption", "Adoption", "/adoption", u => u.CanRead),
        new("conviction", "Conviction", "/conviction", u => u.CanRead),
        new("behaviour", "Behaviour", "/behaviour", u => u.CanRead),
        new("maturity", "Maturity", "/maturity", u => u.CanRead && u.SeesAllBusinessUnits),
        new("registers", "Registers", "/registers", u => u.CanRead),
        new("reconciliation", "Reconciliation", "/reconciliation", u => u.CanRead && u.SeesAllBusinessUnits),
        new("imports", "Imports", "/imports", u => u.CanRead && u.SeesAllBusinessUnits),
        new("audit", "Audit log", "/audit", u => u.CanRead && u.SeesAllBusinessUnits),
        new("tokens", "API tokens", "/tokens", u => u.IsAdmin),
    ];
}
