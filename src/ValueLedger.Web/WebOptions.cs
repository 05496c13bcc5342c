namespace ValueLedger.Web;

/// <summary>What <see cref="WebHost.Build"/> serves: the ledger file, the organisation YAML and the listening URLs.</summary>
public sealed record WebOptions
{
    /// <summary>The DuckDB ledger file; held open while the server runs (the server owns it; the CLI cannot write to it meanwhile).</summary>
    public required string LedgerPath { get; init; }

    /// <summary>The organisation YAML file or folder (business units, initiatives); loaded once at start.</summary>
    public required string OrganisationPath { get; init; }

    /// <summary>Listening URLs, e.g. <c>http://127.0.0.1:5080</c>; null keeps the host's default (tests use the in-memory server).</summary>
    public string? Urls { get; init; }

    /// <summary>The clock for <c>generatedAt</c> stamps and the store.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Login attempts allowed per client address per minute (then 429).</summary>
    public int LoginAttemptsPerMinute { get; init; } = 20;

    /// <summary>OTLP receiver: records accepted but not yet committed, at most (then 429 with Retry-After).</summary>
    public int OtlpQueueCapacity { get; init; } = 200_000;

    /// <summary>OTLP receiver: records per committed batch, at most.</summary>
    public int OtlpBatchRecords { get; init; } = 50_000;

    /// <summary>OTLP receiver: the longest a received span waits before its batch is committed.</summary>
    public TimeSpan OtlpFlushInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>OTLP receiver: largest request body, compressed or not (then 413).</summary>
    public int OtlpMaxRequestBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Prices telemetry; null = the shipped price book (as <c>valueledger import</c> without <c>--prices</c>).</summary>
    public Core.Pricing.IPricer? Pricer { get; init; }

    /// <summary>Hashes person ids; null = HMAC under the installation secret (as <c>valueledger import</c>).</summary>
    public Core.Import.IIdentifierHasher? Hasher { get; init; }

    /// <summary>Tests pause the OTLP writer before each commit (to fill the queue).</summary>
    internal Func<CancellationToken, Task>? OtlpBeforeCommit { get; init; }
    /// <summary>
    /// Largest upload accepted by <c>POST /api/imports</c> and the imports page, in bytes (default 5 GiB); larger bodies are
    /// answered 413. Uploads are streamed to a temporary file next to the ledger, so this bounds disk use, not memory.
    /// </summary>
    public long MaxUploadBytes { get; init; } = 5L * 1024 * 1024 * 1024;

    /// <summary>Tests swap the server (in-memory TestServer) before the application is built.</summary>
    internal Action<Microsoft.AspNetCore.Builder.WebApplicationBuilder>? ConfigureBuilder { get; init; }
}
