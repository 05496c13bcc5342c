namespace ValueLedger.Cli.Demo;

/// <summary>A demo group that stays on one lower rung of the adoption ladder all year (DemoPeopleStory.FixedGroups).</summary>
internal enum DemoFixedGroup
{
    /// <summary>No seat, no briefing, no training (contractors).</summary>
    NoSeat,

    /// <summary>A pilot seat from 2025-10, never briefed, never used.</summary>
    SeatNeverOpened,

    /// <summary>A seat and the briefing from 2025-10, never used.</summary>
    BriefedNeverUsed,

    /// <summary>Briefed and trained before the year, still waiting for a seat.</summary>
    TrainedWithoutSeat,
}
