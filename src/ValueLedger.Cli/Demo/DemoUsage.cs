namespace ValueLedger.Cli.Demo;

/// <summary>How a demo person uses their AI tool once they have a seat.</summary>
internal enum DemoUsage
{
    Never,
    Occasional,
    Regular,
}
