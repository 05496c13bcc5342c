namespace ValueLedger.Storage.DuckDb.Tests;

/// <summary>A temporary directory for ledger files, deleted with everything in it.</summary>
public sealed class TempLedger : IDisposable
{
    public TempLedger()
    {
        Directory = Path.Combine(Path.GetTempPath(), "valueledger-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    public string PathOf(string fileName = "ledger.duckdb") => Path.Combine(Directory, fileName);

    /// <summary>Options for tests: little memory and two threads, so parallel test classes stay polite.</summary>
    public static DuckDbStoreOptions Options { get; } = new() { MemoryLimit = "256MB", Threads = 2 };

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a failed test; the OS temp cleaner gets it.
        }
    }
}
