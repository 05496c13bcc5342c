using ValueLedger.Core.People.Privacy;

namespace ValueLedger.Core.People.Reports;

/// <summary>
/// Turns a <see cref="MonthLadder"/> into what may be shown: one <see cref="PeopleTable"/> of the teams in scope
/// (rows) × the 8 rungs, row totals = members, column totals and grand total = distinct people in scope (a person in
/// two teams counts once, at their highest rung over the two), suppressed as one table so complementary suppression
/// covers rows and columns; the funnel and data-quality counts from the suppressed figures.
/// </summary>
internal static class AdoptionTables
{
    public const int RungCount = 8;

    public static (List<AdoptionTeamRow> Teams, AdoptionTeamRow Total) Rows(
        MonthLadder ladder, IReadOnlyList<Team> teams, string totalId, string totalName, int k)
    {
        var table = new PeopleTable(teams.Count, RungCount);
        var overall = new Dictionary<string, AdoptionRung>(StringComparer.Ordinal);
        for (var r = 0; r < teams.Count; r++)
        {
            if (!ladder.Teams.TryGetValue(teams[r].Id, out var members) || members.Count == 0)
            {
                // Nothing imported for the team this month: no data, not zero.
                table.SetRowTotal(r, null);
                continue;
            }

            table.SetRowTotal(r, members.Count);
            var counts = new int[RungCount];
            foreach (var (person, rung) in members)
            {
                counts[(int)rung]++;
                overall[person] = overall.TryGetValue(person, out var seen) && seen > rung ? seen : rung;
            }

            for (var c = 0; c < RungCount; c++)
            {
                table.SetCell(r, c, counts[c]);
            }
        }

        var anyone = overall.Count > 0;
        for (var c = 0; c < RungCount; c++)
        {
            table.SetColumnTotal(c, anyone ? overall.Values.Count(v => (int)v == c) : null);
        }

        table.SetGrandTotal(anyone ? overall.Count : null);
        var shown = table.Suppress(k);

        var rows = new List<AdoptionTeamRow>(teams.Count);
        for (var r = 0; r < teams.Count; r++)
        {
            var cells = shown.Row(r);
            rows.Add(new AdoptionTeamRow(teams[r].Id, teams[r].Name, teams[r].BusinessUnit, shown.RowTotals[r], cells, Share(shown.RowTotals[r], cells, k)));
        }

        var totalCells = shown.ColumnTotals;
        var grand = shown.GrandTotal ?? PeopleCount.NoData;
        return (rows, new AdoptionTeamRow(totalId, totalName, string.Empty, grand, totalCells, Share(grand, totalCells, k)));
    }

    /// <summary>
    /// A total row for some of the teams, derived only from their shown rows (so that it cannot be differenced against
    /// the organisation-wide table): each column the sum of the teams' cells, below threshold when any of them is
    /// hidden. A person in two of the teams counts in each (the sum is of memberships, not distinct people).
    /// </summary>
    public static AdoptionTeamRow Derived(IReadOnlyList<AdoptionTeamRow> rows, string id, string name, int k)
    {
        var withData = rows.Where(r => r.Members.State != CellState.NoData).ToList();
        PeopleCount Sum(IEnumerable<PeopleCount> cells)
        {
            var list = cells.ToList();
            return list.Count == 0 ? PeopleCount.NoData
                : list.Any(c => c.State == CellState.BelowThreshold) ? PeopleCount.BelowThreshold
                : PeopleCount.Of(list.Sum(c => c.Count), k);
        }

        var members = Sum(withData.Select(r => r.Members));
        IReadOnlyList<PeopleCount> cells = [.. Enumerable.Range(0, RungCount).Select(c => Sum(withData.Select(r => r.AtRung[c])))];
        return new AdoptionTeamRow(id, name, string.Empty, members, cells, Share(members, cells, k));
    }

    /// <summary>
    /// The share at regular use or above (0–100) over the members, only when it is derived from shown figures: the
    /// members and either every cell from regular use up or every cell below it (else the share would reveal the sum
    /// of suppressed cells).
    /// </summary>
    public static PeopleMeasure Share(PeopleCount members, IReadOnlyList<PeopleCount> cells, int k)
    {
        if (members.State != CellState.Value)
        {
            return members.State == CellState.NoData ? PeopleMeasure.NoData : PeopleMeasure.BelowThreshold;
        }

        if (members.Count == 0)
        {
            return PeopleMeasure.NoData;
        }

        var regular = (int)AdoptionRung.RegularUse;
        var upper = cells.Skip(regular).ToList();
        var lower = cells.Take(regular).ToList();
        int reached;
        if (upper.All(c => c.State != CellState.BelowThreshold))
        {
            reached = upper.Sum(c => c.Count);
        }
        else if (lower.All(c => c.State != CellState.BelowThreshold))
        {
            reached = members.Count - lower.Sum(c => c.Count);
        }
        else
        {
            return PeopleMeasure.BelowThreshold;
        }

        return PeopleMeasure.Of(Math.Round(reached * 100m / members.Count, 1, MidpointRounding.AwayFromZero), members.Count, k);
    }

    /// <summary>The funnel from access up: people who reached at least each rung, conversion from the step before (the
    /// first step's is from everyone on the ladder).</summary>
    public static List<AdoptionFunnelStep> Funnel(IReadOnlyList<PeopleCount> atRung, int k)
    {
        var cumulative = Suppression.Cumulative(atRung, k);
        var steps = new List<AdoptionFunnelStep>();
        for (var r = 1; r < cumulative.Count; r++)
        {
            var before = cumulative[r - 1];
            var now = cumulative[r];
            decimal? conversion = before.Shown is > 0 && now.Shown is { } reached
                ? Math.Round(reached * 100m / before.Count, 1, MidpointRounding.AwayFromZero)
                : null;
            steps.Add(new AdoptionFunnelStep((AdoptionRung)r, now, conversion));
        }

        return steps;
    }

    /// <summary>
    /// Data-quality counts over the whole organisation (a scoped view has none: a unit's count beside the
    /// organisation's would difference to the others'): active in the month but in no declared team, members with
    /// learning but no seat, members in more than one team.
    /// </summary>
    public static AdoptionDataQuality Quality(MonthLadder ladder, IReadOnlyList<Team> teams, int k)
    {
        var memberships = teams.Where(t => ladder.Teams.ContainsKey(t.Id)).SelectMany(t => ladder.Teams[t.Id].Keys).ToList();
        var members = memberships.ToHashSet(StringComparer.Ordinal);
        var anyMember = ladder.Teams.Values.SelectMany(m => m.Keys).ToHashSet(StringComparer.Ordinal);
        var activeWithoutTeam = Suppression.Count(ladder.Active.Count(p => !anyMember.Contains(p)), k);
        var learningWithoutSeat = members.Count == 0 ? PeopleCount.NoData
            : Suppression.Count(members.Count(p => ladder.Learned.Contains(p) && !ladder.Seated.Contains(p)), k);
        var several = members.Count == 0 ? PeopleCount.NoData
            : Suppression.Count(memberships.GroupBy(p => p, StringComparer.Ordinal).Count(g => g.Count() > 1), k);
        return new AdoptionDataQuality(activeWithoutTeam, learningWithoutSeat, several);
    }
}
