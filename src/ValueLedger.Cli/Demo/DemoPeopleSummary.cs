namespace ValueLedger.Cli.Demo;

/// <summary>What the people seeder wrote: imports, facts added, fake people drawn, register entries saved.</summary>
internal sealed record DemoPeopleSummary(int Imports, int Facts, int People, int RegisterEntries);
