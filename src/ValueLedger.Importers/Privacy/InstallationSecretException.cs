namespace ValueLedger.Importers.Privacy;

/// <summary>The installation secret cannot be used for a ledger (missing, another key, unreadable); the message says what to do.</summary>
public sealed class InstallationSecretException : Exception
{
    public InstallationSecretException()
    {
    }

    public InstallationSecretException(string message)
        : base(message)
    {
    }

    public InstallationSecretException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
