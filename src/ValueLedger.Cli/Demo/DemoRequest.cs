namespace ValueLedger.Cli.Demo;

/// <summary>One generated request: what every telemetry writer and the bill aggregate are fed.</summary>
internal readonly record struct DemoRequest(
    DemoWorkload Workload,
    string Model,
    DateTime Start,
    int DurationMs,
    long InputTokens,
    long CachedTokens,
    long OutputTokens,
    decimal Cost,
    int User,
    bool Failed)
{
    /// <summary>Input tokens not served from cache.</summary>
    public long UncachedInput => InputTokens - CachedTokens;
}
