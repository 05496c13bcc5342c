using ValueLedger.Core.Organisation;

namespace ValueLedger.Core.Value.Lifecycle;

/// <summary>
/// The life-cycle rules, pure. Stages run idea → experiment → pilot → production: one step forward at a
/// time, or one step back with a reason; retire from any stage (not from retired) with a reason. Moving
/// forward out of <c>experiment</c> needs an agreed attribution method and a signed J-curve declaration;
/// entering <c>production</c> needs every readiness control evidenced or waived. Each method returns every
/// unmet condition (empty = allowed), so a refusal can list them all.
/// </summary>
public static class LifecycleGates
{
    private static readonly InitiativeStage[] Ladder = [InitiativeStage.Idea, InitiativeStage.Experiment, InitiativeStage.Pilot, InitiativeStage.Production];

    /// <summary>The next stage forward, or null at production or retired.</summary>
    public static InitiativeStage? NextStage(InitiativeStage stage)
    {
        var index = Array.IndexOf(Ladder, stage);
        return index >= 0 && index < Ladder.Length - 1 ? Ladder[index + 1] : null;
    }

    /// <summary>The conditions of the target stage (not of the step or the actor) that are not met.</summary>
    public static IReadOnlyList<string> UnmetConditions(InitiativeState state, InitiativeStage to)
    {
        ArgumentNullException.ThrowIfNull(state);
        var unmet = new List<string>();
        var forward = Array.IndexOf(Ladder, to) > Array.IndexOf(Ladder, state.Stage) && Array.IndexOf(Ladder, state.Stage) >= 0;
        if (forward && state.Stage == InitiativeStage.Experiment)
        {
            if (state.Agreement is null)
            {
                unmet.Add("an agreed attribution method (finance agrees it with 'valueledger method agree')");
            }

            if (state.SignedJCurve is null)
            {
                unmet.Add(state.JCurves.Count == 0
                    ? "a signed J-curve declaration (none declared; 'jcurve declare' then the sponsor 'jcurve sign')"
                    : $"a signed J-curve declaration (version {state.JCurves.Max(j => j.Version)} is declared but not signed by the sponsor)");
            }
        }

        if (to == InitiativeStage.Production && state.Stage != InitiativeStage.Production)
        {
            foreach (var control in Enum.GetValues<ReadinessControl>())
            {
                var current = state.StateOf(control);
                if (current is not (ReadinessState.Evidenced or ReadinessState.Waived))
                {
                    unmet.Add($"readiness control {KebabCase.Of(control)} evidenced or waived (it is {KebabCase.Of(current)})");
                }
            }
        }

        return unmet;
    }

    /// <summary>Every reason the move from the current stage to <paramref name="to"/> is refused; empty when allowed.</summary>
    public static IReadOnlyList<string> RefusalsForMove(InitiativeState state, InitiativeStage to, string? reason, bool actorManages)
    {
        ArgumentNullException.ThrowIfNull(state);
        var refusals = new List<string>();
        if (!actorManages)
        {
            refusals.Add($"only an admin or a bu-owner of {state.Initiative.OwnerBu} may change the stage of {state.Initiative.Id}");
        }

        var from = state.Stage;
        if (from == InitiativeStage.Retired)
        {
            refusals.Add($"{state.Initiative.Id} is retired; a retired initiative does not move");
            return refusals;
        }

        if (to == InitiativeStage.Retired)
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                refusals.Add("retiring needs a reason (--reason)");
            }

            return refusals;
        }

        var step = Array.IndexOf(Ladder, to) - Array.IndexOf(Ladder, from);
        if (step == 0)
        {
            refusals.Add($"{state.Initiative.Id} is already in {KebabCase.Of(to)}");
        }
        else if (step > 1)
        {
            refusals.Add($"one step forward at a time: from {KebabCase.Of(from)} the next stage is {KebabCase.Of(NextStage(from)!.Value)}");
        }
        else if (step < -1)
        {
            refusals.Add($"one step back at a time: from {KebabCase.Of(from)} the previous stage is {KebabCase.Of(Ladder[Array.IndexOf(Ladder, from) - 1])}");
        }
        else if (step == -1 && string.IsNullOrWhiteSpace(reason))
        {
            refusals.Add("going back a stage needs a reason (--reason)");
        }

        if (step == 1)
        {
            refusals.AddRange(UnmetConditions(state, to).Select(c => "missing " + c));
        }

        return refusals;
    }
}
