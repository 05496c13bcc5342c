using ValueLedger.Core.Organisation;

namespace ValueLedger.Core.Value;

/// <summary>
/// An initiative moving between life-cycle stages (append-only). The latest transition gives the
/// current stage; without one, the stage declared in organisation.yaml is the starting point.
/// </summary>
public sealed record StageTransition(string Initiative, InitiativeStage From, InitiativeStage To, string Actor, DateTimeOffset At, string? Reason);
