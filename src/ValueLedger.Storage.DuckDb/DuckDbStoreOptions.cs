namespace ValueLedger.Storage.DuckDb;

/// <summary>How <see cref="DuckDbSpendStore"/> opens its file.</summary>
public sealed record DuckDbStoreOptions
{
    /// <summary>DuckDB <c>memory_limit</c>, e.g. <c>1GB</c>; beyond it DuckDB spills to <see cref="TempDirectory"/>.</summary>
    public string MemoryLimit { get; init; } = "1GB";

    /// <summary>DuckDB worker threads; defaults to the machine's processor count.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Where DuckDB spills; null means <c>PATH.tmp</c> beside the ledger file.</summary>
    public string? TempDirectory { get; init; }

    /// <summary>The clock for import history times (always read as UTC).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The defaults: 1GB memory, one thread per processor, system clock.</summary>
    public static DuckDbStoreOptions Default { get; } = new();
}
