namespace ValueLedger.Cli.Demo;

/// <summary>A day of one workload's usage of one model through one API key, as usage APIs report it.</summary>
internal sealed record ApiBucket(DateTime Day, DemoWorkload Workload, string Model, string ApiKey, long Requests, long InputTokens, long CachedTokens, long OutputTokens);
