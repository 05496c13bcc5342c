namespace ValueLedger.Core.Value;

/// <summary>
/// A request the value rules refuse (a gate not met, a role missing, a validated claim edited, a signed
/// declaration changed). The message says what and why, for the user; nothing was written.
/// </summary>
public sealed class ValueRuleException : Exception
{
    public ValueRuleException()
    {
    }

    public ValueRuleException(string message)
        : base(message)
    {
    }

    public ValueRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
