namespace ValueLedger.Core.Organisation;

/// <summary>The life-cycle stage of an initiative.</summary>
public enum InitiativeStage
{
    Idea,
    Experiment,
    Pilot,
    Production,
    Retired,
}
