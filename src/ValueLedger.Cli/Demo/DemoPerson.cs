namespace ValueLedger.Cli.Demo;

/// <summary>How a demo person uses their AI tool once they have a seat.</summary>
internal enum DemoUsage
{
    Never,
    Occasional,
    Regular,
}

/// <summary>
/// One fake person of the demo (before hashing): identity, teams (empty for the Copilot users in no team), when
/// they joined and left (exclusive), their seat, awareness and training days, and how they use the tool:
/// occasionally from the seat on, regularly from <see cref="RegularFrom"/> (a demo month index) for regular users.
/// </summary>
internal sealed record DemoPerson(
    string Identity,
    string BusinessUnit,
    IReadOnlyList<(string Team, DateOnly From)> Teams,
    DateOnly Joined,
    DateOnly? Left,
    string Tool,
    DateOnly? Seat,
    DateOnly? Awareness,
    DateOnly? Training,
    DemoUsage Usage,
    int RegularFrom);
