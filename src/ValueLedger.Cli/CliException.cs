namespace ValueLedger.Cli;

/// <summary>An expected failure with a message for the user (bad option, missing file); exit code 1.</summary>
internal sealed class CliException(string message) : Exception(message);
