namespace ValueLedger.Cli.Tests;

/// <summary>A clock stopped at one instant.</summary>
internal sealed class DemoValueFixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
