namespace ValueLedger.Cli;

/// <summary>The valueledger command as a library, so tests run it in-process.</summary>
public static class CliApp
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        _ = args;
        _ = stderr;
        _ = cancellationToken;
        return Task.FromResult(0);
    }
}
