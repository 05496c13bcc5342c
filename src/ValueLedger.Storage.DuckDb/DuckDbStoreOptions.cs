namespace ValueLedger.Storage.DuckDb;

/// <summary>How <see cref="DuckDbSpendStore"/> opens its file.</summary>
public sealed record DuckDbStoreOptions
{
    /// <summary>
    /// DuckDB <c>memory_limit</c>, e.g. <c>512MB</c>; beyond it DuckDB spills to <see cref="TempDirectory"/>.
    /// DuckDB keeps the blocks an import writes cached up to this limit, so it bounds the process's
    /// memory during imports: a 5M-row LiteLLM import peaked at about 700 MiB of RSS in all with
    /// 512MB, at about 1160 MiB with 1GB.
    /// </summary>
    public string MemoryLimit { get; init; } = "512MB";

    /// <summary>DuckDB worker threads; defaults to the machine's processor count.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Where DuckDB spills; null means <c>PATH.tmp</c> beside the ledger file.</summary>
    public string? TempDirectory { get; init; }

    /// <summary>The clock for import history times (always read as UTC).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The defaults: 512MB memory, one thread per processor, system clock.</summary>
    public static DuckDbStoreOptions Default { get; } = new();
}
