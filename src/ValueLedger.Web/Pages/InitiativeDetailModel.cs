using ValueLedger.Core.Organisation;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Lifecycle;
using ValueLedger.Core.Value.Metrics;
using ValueLedger.Web.Charts;
using ValueLedger.Web.Value;

namespace ValueLedger.Web.Pages;

/// <summary>
/// An initiative's detail page: its life-cycle state, what the next stage still needs, the J-curve (figures and chart) of the version
/// the CLI shows, value by month, stage history, its outcome records, and which forms the user may use. <see cref="Refusal"/> is set
/// when a form was refused: the headline and every unmet condition.
/// </summary>
public sealed record InitiativeDetailModel(
    Initiative Initiative, InitiativeState State, InitiativeStage? NextStage, IReadOnlyList<string> NextStageNeeds, InitiativeStage? PreviousStage,
    JCurveFigures? Figures, LineChartModel? Chart, IReadOnlyList<InitiativeTrendRow> Trend, IReadOnlyList<StageTransition> Transitions, IReadOnlyList<OutcomeRow> Outcomes,
    bool CanManage, bool CanSetReadiness, bool CanWaive, bool CanSign, bool CanDeclare, bool CanRecord)
{
    public (string Headline, IReadOnlyList<string> Reasons)? Refusal { get; init; }
}
