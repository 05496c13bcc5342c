using System.Diagnostics;
using DuckDB.NET.Data;

namespace ValueLedger.Storage.DuckDb.Tests;

/// <summary>Opening ledger files: new, existing, foreign, newer, locked.</summary>
public sealed class LedgerFileTests : IDisposable
{
    private readonly TempLedger temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Open_NewPath_CreatesLedgerAtCurrentSchemaVersion()
    {
        var path = temp.PathOf();
        await using (await DuckDbSpendStore.OpenAsync(path, TempLedger.Options, CancellationToken.None))
        {
        }

        await using var reopened = await DuckDbSpendStore.OpenAsync(path, TempLedger.Options, CancellationToken.None);
        await using var connection = reopened.OpenConnection();

        Assert.True(File.Exists(path));
        Assert.Equal((long)LedgerSchema.CurrentVersion, await ScalarAsync(connection, "SELECT count(*) FROM schema_version"));
        Assert.Equal((long)LedgerSchema.CurrentVersion, await ScalarAsync(connection, "SELECT max(version)::BIGINT FROM schema_version"));
        Assert.Empty(await reopened.ListSourcesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Open_Version1Ledger_KeepsRecordsAndStoresTagsNormOnlyWhereItDiffers()
    {
        var path = temp.PathOf();
        await using (var v1 = new DuckDBConnection($"DataSource={path}"))
        {
            await v1.OpenAsync();
            await ExecuteAsync(v1, "CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)");
            await ExecuteAsync(v1, LedgerSchema.Migration1);
            await ExecuteAsync(v1, "INSERT INTO schema_version VALUES (1, TIMESTAMP '2024-10-01')");
            await ExecuteAsync(v1, """
                INSERT INTO spend_records (source_id, seq, format, kind, record_key, provider, charge_period_start, charge_period_end, cost, currency, tags, tags_norm, ai_scope)
                VALUES (1, 0, 'litellm', 'usage', 'same', 'openai', TIMESTAMP '2024-09-10', TIMESTAMP '2024-09-11', 1.5, 'USD', '{"org":"a"}', '{"org":"a"}', true),
                       (1, 1, 'litellm', 'usage', 'differs', 'openai', TIMESTAMP '2024-09-10', TIMESTAMP '2024-09-11', 2.5, 'USD', '{"Org":"b"}', '{"org":"b"}', true),
                       (1, 2, 'litellm', 'usage', 'untagged', 'openai', TIMESTAMP '2024-09-10', TIMESTAMP '2024-09-11', 3.5, 'USD', NULL, NULL, true)
                """);
        }

        await using var store = await DuckDbSpendStore.OpenAsync(path, TempLedger.Options, CancellationToken.None);
        await using var connection = store.OpenConnection();

        Assert.Equal((long)LedgerSchema.CurrentVersion, await ScalarAsync(connection, "SELECT max(version)::BIGINT FROM schema_version"));
        Assert.Equal(
            "same|1.500000000000000000|{\"org\":\"a\"}|{\"org\":\"a\"}|-; differs|2.500000000000000000|{\"Org\":\"b\"}|{\"org\":\"b\"}|{\"org\":\"b\"}; untagged|3.500000000000000000|-|-|-",
            await ScalarAsync(connection, """
                SELECT string_agg(concat_ws('|', record_key, cost, coalesce(tags, '-'), coalesce(tags_norm, '-'), coalesce(tags_norm_override, '-')), '; ' ORDER BY seq)
                FROM spend_records
                """));
    }

    [Fact]
    public async Task Open_DefaultOptions_SetMemoryThreadsAndTempDirectoryBesideFile()
    {
        var path = temp.PathOf();
        await using var store = await DuckDbSpendStore.OpenAsync(path, new DuckDbStoreOptions { Threads = 2 }, CancellationToken.None);
        await using var connection = store.OpenConnection();

        Assert.Equal(2L, await ScalarAsync(connection, "SELECT current_setting('threads')::BIGINT"));
        Assert.Equal(path + ".tmp", await ScalarAsync(connection, "SELECT current_setting('temp_directory')"));
        Assert.Equal("488.2 MiB", await ScalarAsync(connection, "SELECT current_setting('memory_limit')"));
        Assert.Equal(false, await ScalarAsync(connection, "SELECT current_setting('preserve_insertion_order')"));
        Assert.Equal(Environment.ProcessorCount, DuckDbStoreOptions.Default.Threads);
    }

    [Fact]
    public async Task Open_TextFile_ThrowsNamingPathAndNotDuckDb()
    {
        var path = temp.PathOf("notes.txt");
        await File.WriteAllTextAsync(path, string.Concat(Enumerable.Repeat("provider,cost\nopenai,1.5\n", 1000)));

        var error = await Assert.ThrowsAsync<LedgerOpenException>(() => DuckDbSpendStore.OpenAsync(path, TempLedger.Options, CancellationToken.None));

        Assert.Equal($"{path} is not a ValueLedger ledger: it is not a DuckDB database file", error.Message);
        Assert.Equal(path, error.LedgerPath);
    }

    [Theory]
    [InlineData("spend.csv")]
    [InlineData("spend.parquet")]
    [InlineData("spend.json")]
    public async Task Open_ExistingDataFile_RefusedRatherThanLedgerInMemory(string fileName)
    {
        var path = temp.PathOf(fileName);
        await File.WriteAllTextAsync(path, "provider,cost\nopenai,1.5\n");

        var error = await Assert.ThrowsAsync<LedgerOpenException>(() => DuckDbSpendStore.OpenAsync(path, TempLedger.Options, CancellationToken.None));

        Assert.Equal($"{path} cannot be a ValueLedger ledger: DuckDB reads it as a data file, not a database (use a path ending in .duckdb)", error.Message);
    }

    [Fact]
    public async Task Open_OtherProgramsDuckDbDatabase_RefusedUntouched()
    {
        var path = temp.PathOf("other.duckdb");
        await using (var other = new DuckDBConnection($"DataSource={path}"))
        {
            await other.OpenAsync();
            await ExecuteAsync(other, "CREATE TABLE birds (name VARCHAR)");
        }

        var error = await Assert.ThrowsAsync<LedgerOpenException>(() => DuckDbSpendStore.OpenAsync(path, TempLedger.Options, CancellationToken.None));

        Assert.Contains($"{path} is a DuckDB database but not a ValueLedger ledger", error.Message);
        await using var check = new DuckDBConnection($"DataSource={path}");
        await check.OpenAsync();
        Assert.Equal(1L, await ScalarAsync(check, "SELECT count(*) FROM duckdb_tables() WHERE NOT temporary"));
    }

    [Fact]
    public async Task Open_LedgerFromNewerVersion_Refused()
    {
        var path = temp.PathOf();
        await using (var store = await DuckDbSpendStore.OpenAsync(path, TempLedger.Options, CancellationToken.None))
        {
            await using var connection = store.OpenConnection();
            await ExecuteAsync(connection, "INSERT INTO schema_version VALUES (99, TIMESTAMP '2030-01-01')");
        }

        var error = await Assert.ThrowsAsync<LedgerOpenException>(() => DuckDbSpendStore.OpenAsync(path, TempLedger.Options, CancellationToken.None));

        Assert.Contains("written by a newer ValueLedger (ledger schema 99", error.Message);
    }

    [RequiresPython3Fact]
    public async Task Open_LockedByAnotherProcess_SaysAnotherProcessIsUsingIt()
    {
        var path = temp.PathOf();
        await using (await DuckDbSpendStore.OpenAsync(path, TempLedger.Options, CancellationToken.None))
        {
        }

        // The same kind of lock DuckDB takes (fcntl, whole file), held until stdin closes.
        var holder = new ProcessStartInfo(RequiresPython3FactAttribute.Python3!)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        holder.ArgumentList.Add("-c");
        holder.ArgumentList.Add("import fcntl, sys\nf = open(sys.argv[1], 'r+b')\nfcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)\nprint('locked', flush=True)\nsys.stdin.read()");
        holder.ArgumentList.Add(path);
        using var process = Process.Start(holder)!;
        try
        {
            Assert.Equal("locked", await process.StandardOutput.ReadLineAsync());

            var error = await Assert.ThrowsAsync<LedgerOpenException>(() => DuckDbSpendStore.OpenAsync(path, TempLedger.Options, CancellationToken.None));

            Assert.StartsWith($"another valueledger process is using {path}", error.Message);
        }
        finally
        {
            process.StandardInput.Close();
            await process.WaitForExitAsync();
        }
    }

    internal static async Task<object?> ScalarAsync(DuckDBConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    internal static async Task ExecuteAsync(DuckDBConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
