namespace ValueLedger.Core.People;

/// <summary>Where a resistance stands. Text form kebab-case: open, in-progress, addressed.</summary>
public enum ResistanceStatus
{
    Open,
    InProgress,
    Addressed,
}

/// <summary>One row of the resistance-and-enabler map: who resists, why, the counter, who owns it, where it stands.</summary>
public sealed record ResistanceEntry(
    string Id, string StakeholderGroup, string Resistance, string Counter, string? Owner, ResistanceStatus Status,
    DateTimeOffset UpdatedAt, string UpdatedBy);

/// <summary>How AI changes a role. Text form kebab-case: augmented, changed, displaced, created.</summary>
public enum RoleChangeKind
{
    Augmented,
    Changed,
    Displaced,
    Created,
}

/// <summary>
/// One row of the role-redesign register: a role in a business unit, how AI changes it, how many people it affects
/// (a count, never names; shown only at or above the privacy threshold), the reskilling plan and its progress (0–100 %).
/// </summary>
public sealed record RoleChange(
    string Id, string Role, string BusinessUnit, RoleChangeKind Kind, int PeopleAffected, string? ReskillingPlan,
    int ReskillingProgressPercent, DateTimeOffset UpdatedAt, string UpdatedBy);

/// <summary>The registers as shown: the article's five resistances and counters are built in, and a saved entry
/// with the same id replaces its seed.</summary>
public static class OperatingModelRegisters
{
    /// <summary>The seeds' actor and time (shown as "built in" until someone edits the entry).</summary>
    public const string SeedActor = "valueledger";

    public static IReadOnlyList<ResistanceEntry> Seeds { get; } =
    [
        new("engineering-surveillance", "Engineering", "Fears that AI value measurement becomes performance surveillance.",
            "Measure systems, not individuals: aggregate data, workflow-level outcomes, no person-level activity; build trust before dashboards.",
            null, ResistanceStatus.Open, DateTimeOffset.UnixEpoch, SeedActor),
        new("finance-soft-benefits", "Finance", "Distrusts soft benefit claims (\"productivity improved\") without P&L evidence.",
            "Agree attribution methods in advance; separate activity from outcome with the distinction ladder; report attribution coverage, not claimed savings.",
            null, ResistanceStatus.Open, DateTimeOffset.UnixEpoch, SeedActor),
        new("coe-bottleneck", "Centre of excellence", "Fears becoming a bottleneck: chaos without standards, gatekeeping with too many.",
            "Hub and spoke: the CoE sets standards, shared infrastructure and the attribution framework; business units own their outcomes and report back.",
            null, ResistanceStatus.Open, DateTimeOffset.UnixEpoch, SeedActor),
        new("bu-disown-spend", "Business units", "Disown AI spend in their allocation (\"we did not ask for this\").",
            "Showback before chargeback: make cost visible first, build shared unit economics, charge back only with genuine ownership.",
            null, ResistanceStatus.Open, DateTimeOffset.UnixEpoch, SeedActor),
        new("workforce-displacement", "Workforce", "Fears displacement; some roles will change and some will disappear.",
            "Be honest: name what is changing, invest in reskilling, show real augmentation examples and the new roles, not generic claims.",
            null, ResistanceStatus.Open, DateTimeOffset.UnixEpoch, SeedActor),
    ];

    /// <summary>The seeds with saved entries replacing them by id, then saved entries that are not seeds, by id.</summary>
    public static IReadOnlyList<ResistanceEntry> Resistances(IReadOnlyList<ResistanceEntry> saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        var byId = saved.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var result = Seeds.Select(s => byId.TryGetValue(s.Id, out var e) ? e : s).ToList();
        result.AddRange(byId.Values.Where(e => Seeds.All(s => s.Id != e.Id)).OrderBy(e => e.Id, StringComparer.Ordinal));
        return result;
    }
}
