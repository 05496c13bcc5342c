using System.Reflection;
using DuckDB.NET.Data;
using static ValueLedger.Storage.DuckDb.Tests.LedgerFileTests;

namespace ValueLedger.Storage.DuckDb.Tests.Allocation;

public sealed class AllocationMigrationTests : IDisposable
{
    private readonly TempLedger temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Open_Version3LedgerWithAllocations_KeepsItsRowsInTheVersion4Shape()
    {
        var path = temp.PathOf();
        await using (var v3 = new DuckDBConnection($"DataSource={path}"))
        {
            await v3.OpenAsync();
            // The version-3 schema exactly as its migrations built it.
            var migration2 = (string)typeof(LedgerSchema).GetField("Migration2", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
            await ExecuteAsync(v3, "CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)");
            foreach (var migration in new[] { LedgerSchema.Migration1, migration2, LedgerSchema.Migration3 })
            {
                await ExecuteAsync(v3, migration);
            }

            await ExecuteAsync(v3, """
                INSERT INTO schema_version VALUES (1, TIMESTAMP '2024-10-01'), (2, TIMESTAMP '2024-10-02'), (3, TIMESTAMP '2024-10-03');
                INSERT INTO allocation_runs VALUES (1, TIMESTAMP '2024-09-01', TIMESTAMP '2024-10-01', TIMESTAMP '2024-10-03', 3);
                INSERT INTO allocations VALUES
                    (1, 1, 0, TIMESTAMP '2024-09-10', 'sales', 'bot', 2.5, 'USD', 'weights', 'split', 2),
                    (1, 1, 1, TIMESTAMP '2024-09-10', NULL, NULL, 4, 'USD', 'telemetry-pending', 'shared', 1),
                    (1, 1, 2, TIMESTAMP '2024-09-11', NULL, NULL, -1, 'EUR', 'unallocated', NULL, NULL);
                """);
        }

        await using var store = await DuckDbSpendStore.OpenAsync(path, TempLedger.Options, CancellationToken.None);
        await using var connection = store.OpenConnection();

        Assert.Equal(
            "0|cost|sales|bot|2.50|weights|rule:split@2|false|-; 1|cost|-|-|4.00|unallocated|rule:shared@1|false|telemetry-pending; 2|cost|-|-|-1.00|unallocated|-|false|no-matching-rule",
            await ScalarAsync(connection, """
                SELECT string_agg(concat_ws('|', seq, line_kind, coalesce(bu, '-'), coalesce(initiative, '-'), amount::DECIMAL(10,2), method,
                                            coalesce(rule_kind || ':' || rule_id || '@' || rule_version, '-'), fallback, coalesce(reason, '-')), '; ' ORDER BY seq)
                FROM allocations
                """));
        Assert.Equal(0L, await ScalarAsync(connection, "SELECT count(*) FROM bu_acknowledgements"));
    }
}
