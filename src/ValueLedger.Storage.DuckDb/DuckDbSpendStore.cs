using DuckDB.NET.Data;
using ValueLedger.Core.Storage;

namespace ValueLedger.Storage.DuckDb;

/// <summary>
/// The embedded spend store: one DuckDB file holding the import history (<c>sources</c>) and the
/// normalised records (<c>spend_records</c>); see <see cref="LedgerSchema"/> for the tables.
/// Each operation runs on its own connection to the one database, so that reads may run side by
/// side; writes (commits, attempts, reprices) take turns.
/// </summary>
public sealed partial class DuckDbSpendStore : ISpendStore
{
    private const string SessionOpen = "another import session is open on this ledger; commit or dispose it first";

    private readonly DuckDBConnection connection;
    private readonly DuckDbStoreOptions options;
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private DuckDbImportSession? activeSession;
    private bool disposed;
    private long writeGeneration;
    private long figuresGeneration;

    private DuckDbSpendStore(DuckDBConnection connection, string path, DuckDbStoreOptions options)
    {
        this.connection = connection;
        this.options = options;
        LedgerPath = path;
    }

    /// <summary>The full path of the ledger file.</summary>
    public string LedgerPath { get; }

    /// <summary>
    /// Counts the writes this store has finished (committed or not) since it was opened: a cache of figures read at
    /// generation G is current while this is still G. Raised after the write ends, so a reader that reads it first
    /// and the figures second can only be stale under an older number, never current under a newer one.
    /// </summary>
    public long WriteGeneration => Interlocked.Read(ref writeGeneration);

    /// <summary>
    /// Like <see cref="WriteGeneration"/>, but not raised by imports that only append records (live telemetry, new
    /// files that replace nothing): allocated and value figures (showback, scoreboard, coverage, initiative months)
    /// read records only through allocation rows, which such an import does not touch. Raised by everything else,
    /// including an import that replaces a re-delivered bill (it deletes the replaced lines' allocation rows).
    /// </summary>
    public long FiguresGeneration => Interlocked.Read(ref figuresGeneration);

    /// <summary>
    /// Opens the ledger at <paramref name="path"/>, creating it if needed, and brings its schema up to
    /// date. Throws <see cref="LedgerOpenException"/> with a message for the user when the file is not
    /// a ledger, is newer than this version, or is in use by another process.
    /// </summary>
    public static async Task<DuckDbSpendStore> OpenAsync(string path, DuckDbStoreOptions options, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(options);
        var fullPath = Path.GetFullPath(path);
        var builder = new DuckDBConnectionStringBuilder
        {
            DataSource = fullPath,
            MemoryLimit = options.MemoryLimit,
            Threads = options.Threads,
            TempDirectory = options.TempDirectory ?? fullPath + ".tmp",
        };

        // Lets an import's INSERT .. SELECT from valueledger_feed store rows on all threads at once
        // (with it on, an insert from a source without batch indexes runs on one thread). Every
        // query of the store that returns rows says its ORDER BY.
        builder["preserve_insertion_order"] = false;

        var opened = new DuckDBConnection(builder.ConnectionString);
        try
        {
            try
            {
                await opened.OpenAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DuckDBException exception)
            {
                throw OpenFailure.Explain(path, exception);
            }

            await OpenFailure.EnsureFileBackedAsync(opened, path, fullPath, cancellationToken).ConfigureAwait(false);

            await LedgerSchema.MigrateAsync(opened, path, options.TimeProvider, cancellationToken).ConfigureAwait(false);
            ChunkFeedFunction.Register(opened);
            return new DuckDbSpendStore(opened, fullPath, options);
        }
        catch
        {
            await opened.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task<ImportedSource?> FindImportedFileAsync(string sha256, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        await using var reader = OpenConnection();
        return await SourceHistory.FindImportedAsync(reader, sha256, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IImportSession> BeginImportAsync(ImportManifest manifest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (Volatile.Read(ref activeSession) is not null)
        {
            throw new InvalidOperationException(SessionOpen);
        }

        var sessionConnection = OpenConnection();
        DuckDbImportSession session;
        try
        {
            session = await DuckDbImportSession.StartAsync(this, sessionConnection, manifest, options.TimeProvider, options.Threads, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await sessionConnection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        if (Interlocked.CompareExchange(ref activeSession, session, null) is not null)
        {
            await session.DisposeAsync().ConfigureAwait(false);
            throw new InvalidOperationException(SessionOpen);
        }

        return session;
    }

    public async Task RecordAttemptAsync(ImportManifest manifest, ImportOutcome outcome, ImportStatistics statistics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(statistics);
        if (outcome is not (ImportOutcome.DuplicateFile or ImportOutcome.Failed))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "only duplicate and failed attempts are recorded this way; imports are recorded by their commit");
        }

        await using var writer = OpenConnection();
        await WriteExclusivelyAsync(
            async () =>
            {
                await using var transaction = await writer.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                // An open import session has reserved the next id for its commit: take one after it.
                var id = await SourceHistory.NextIdAsync(writer, cancellationToken).ConfigureAwait(false);
                if (Volatile.Read(ref activeSession) is { } session)
                {
                    id = Math.Max(id, session.SourceId + 1);
                }

                await SourceHistory.InsertAsync(writer, id, manifest, outcome, statistics, result: null, options.TimeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ImportedSource>> ListSourcesAsync(CancellationToken cancellationToken)
    {
        await using var reader = OpenConnection();
        return await SourceHistory.ListAsync(reader, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (Volatile.Read(ref activeSession) is { } session)
        {
            await session.DisposeAsync().ConfigureAwait(false);
        }

        await connection.DisposeAsync().ConfigureAwait(false);
        writeGate.Dispose();
    }

    internal void SessionEnded(DuckDbImportSession session) => Interlocked.CompareExchange(ref activeSession, null, session);

    /// <summary>Runs a write with no other write of this store at the same time.</summary>
    /// <param name="changesFigures">Whether the finished write can change allocated or value figures (default: yes; a failed write counts as yes).</param>
    internal async Task<T> WriteExclusivelyAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken, Func<T, bool>? changesFigures = null)
    {
        await writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        var figures = true;
        try
        {
            var result = await write().ConfigureAwait(false);
            figures = changesFigures?.Invoke(result) ?? true;
            return result;
        }
        finally
        {
            Interlocked.Increment(ref writeGeneration);
            if (figures)
            {
                Interlocked.Increment(ref figuresGeneration);
            }

            writeGate.Release();
        }
    }

    private async Task WriteExclusivelyAsync(Func<Task> write, CancellationToken cancellationToken)
    {
        await writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await write().ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Increment(ref writeGeneration);
            Interlocked.Increment(ref figuresGeneration);
            writeGate.Release();
        }
    }

    /// <summary>
    /// A new connection to the same database (DuckDB connections are not thread-safe). DuckDB.NET
    /// shares one database instance among the connections of a process to the same file, which the
    /// store's own connection keeps open.
    /// </summary>
    internal DuckDBConnection OpenConnection()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var opened = new DuckDBConnection(connection.ConnectionString);
        opened.Open();
        return opened;
    }
}
