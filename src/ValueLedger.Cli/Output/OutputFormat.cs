namespace ValueLedger.Cli.Output;

/// <summary>What <c>--format</c> asks for on report commands.</summary>
internal enum OutputFormat
{
    Table,
    Csv,
    Json,
}
