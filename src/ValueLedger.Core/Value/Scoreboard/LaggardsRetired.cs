using ValueLedger.Core.Organisation;
using ValueLedger.Core.Value.JCurve;

namespace ValueLedger.Core.Value.Scoreboard;

/// <summary>
/// Laggards retired per business unit in one month (PRODUCT.md "Laggard", "Incentive scoreboard"), pure:
/// initiatives whose transition to <see cref="InitiativeStage.Retired"/> falls in the month and that were
/// laggards at that moment. "At that moment" means only reviews made at or before the retirement count
/// (a claim validated afterwards did not exist for the decision). With a J-curve (the latest signed version
/// declared at or before the retirement, else the latest such version) the test is <see cref="Laggards.IsLaggard"/>
/// at the retirement month's index with <see cref="JCurveActuals"/> through that month; without one, the
/// initiative counts when it had no validated outcome. Each initiative counts once, for the business unit
/// owning it in the organisation (initiatives the organisation does not know are left out).
/// </summary>
public static class LaggardsRetired
{
    /// <param name="month">The first instant of a UTC calendar month.</param>
    /// <param name="costs">Allocated cost per month covering the J-curves' start months through <paramref name="month"/>.</param>
    /// <returns>Business unit id → laggards retired (units with none are absent).</returns>
    public static IReadOnlyDictionary<string, int> Count(
        Organisation.Organisation organisation,
        IReadOnlyList<StageTransition> transitions,
        IReadOnlyList<JCurveDeclaration> declarations,
        IReadOnlyList<OutcomeRecord> outcomes,
        IReadOnlyList<AttributionAgreement> agreements,
        IReadOnlyList<InitiativeMonth> costs,
        DateTime month)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(transitions);
        ArgumentNullException.ThrowIfNull(declarations);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(agreements);
        ArgumentNullException.ThrowIfNull(costs);
        var from = new DateTimeOffset(DateTime.SpecifyKind(month, DateTimeKind.Utc));
        var to = from.AddMonths(1);
        var retirements = transitions
            .Where(t => t.To == InitiativeStage.Retired && t.At >= from && t.At < to)
            .GroupBy(t => t.Initiative, StringComparer.Ordinal)
            .Select(g => g.MinBy(t => t.At)!);

        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var retirement in retirements)
        {
            if (organisation.FindInitiative(retirement.Initiative) is not { } initiative
                || !WasLaggard(retirement, declarations, outcomes, agreements, costs))
            {
                continue;
            }

            result[initiative.OwnerBu] = result.GetValueOrDefault(initiative.OwnerBu) + 1;
        }

        return result;
    }

    /// <summary>Whether the initiative was a laggard when it was retired (see the class summary).</summary>
    public static bool WasLaggard(
        StageTransition retirement,
        IReadOnlyList<JCurveDeclaration> declarations,
        IReadOnlyList<OutcomeRecord> outcomes,
        IReadOnlyList<AttributionAgreement> agreements,
        IReadOnlyList<InitiativeMonth> costs)
    {
        ArgumentNullException.ThrowIfNull(retirement);
        ArgumentNullException.ThrowIfNull(declarations);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(agreements);
        ArgumentNullException.ThrowIfNull(costs);
        var id = retirement.Initiative;
        var asKnown = outcomes
            .Where(o => string.Equals(o.Claim.Initiative, id, StringComparison.Ordinal))
            .Select(o => o.ReviewedAt is { } reviewed && reviewed > retirement.At ? o with { Status = OutcomeStatus.Claimed } : o)
            .ToList();
        var known = declarations
            .Where(d => string.Equals(d.Initiative, id, StringComparison.Ordinal) && d.DeclaredAt <= retirement.At)
            .ToList();
        var declaration = known.Where(d => d.SignedAt is { } signed && signed <= retirement.At).MaxBy(d => d.Version) ?? known.MaxBy(d => d.Version);
        if (declaration is null)
        {
            return !HasCountingValidated(asKnown);
        }

        var day = DateOnly.FromDateTime(retirement.At.UtcDateTime);
        var index = ((day.Year - declaration.StartMonth.Year) * 12) + day.Month - declaration.StartMonth.Month;
        if (index < 0 || index >= JCurveMath.Horizon)
        {
            return false;
        }

        var actuals = JCurveActuals.Cumulative(declaration, index + 1, day, asKnown, agreements, costs);
        return Laggards.IsLaggard(declaration, index, actuals[index] ?? 0m, JCurveActuals.HasValidatedOutcome(declaration, asKnown));
    }

    /// <summary>A validated record not corrected by another validated record.</summary>
    private static bool HasCountingValidated(List<OutcomeRecord> outcomes)
    {
        var corrected = outcomes.Where(o => o.Status == OutcomeStatus.Validated && o.Claim.Corrects is not null).Select(o => o.Claim.Corrects!.Value).ToHashSet();
        return outcomes.Any(o => o.Status == OutcomeStatus.Validated && !corrected.Contains(o.Id));
    }
}
