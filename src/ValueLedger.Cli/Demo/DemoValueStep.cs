namespace ValueLedger.Cli.Demo;

/// <summary>One write of the demo value story, at its story time; <see cref="Order"/> keeps same-time writes in plan order.</summary>
internal sealed record DemoValueStep(DateTimeOffset At, int Order, Func<CancellationToken, Task> Write);
