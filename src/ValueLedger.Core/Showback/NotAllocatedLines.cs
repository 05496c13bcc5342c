namespace ValueLedger.Core.Showback;

/// <summary>
/// AI-scope cost-of-record lines and uncovered usage telemetry of a period, in one currency, that have no allocation row (imported
/// after the period's last allocation run): <see cref="Lines"/> lines with a net <see cref="Cost"/>.
/// A statement warns about them, since they are in no business unit's figures until allocated again.
/// </summary>
public sealed record NotAllocatedLines(string Currency, long Lines, decimal Cost);
