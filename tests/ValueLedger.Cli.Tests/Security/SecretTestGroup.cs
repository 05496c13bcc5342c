namespace ValueLedger.Cli.Tests.Security;

/// <summary>These tests point VALUELEDGER_SECRET_FILE (process-wide) at their own secret: no other test may run meanwhile.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SecretTestGroup
{
    public const string Name = "installation secret";
}
