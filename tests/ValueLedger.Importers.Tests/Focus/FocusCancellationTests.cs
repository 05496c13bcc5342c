using System.Text;
using ValueLedger.Core.Import;
using ValueLedger.Core.Ledger;
using ValueLedger.Importers.Focus;
using ValueLedger.Importers.Tests.Contract;

namespace ValueLedger.Importers.Tests.Focus;

/// <summary>Cancellation is honoured while rows are being read, not only before.</summary>
public sealed class FocusCancellationTests
{
    [Fact]
    public async Task Read_CancelledAfterFirstRecord_StopsWithinAFewThousandRows()
    {
        var builder = new FocusCsvBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            builder.Row();
        }

        using var cts = new CancellationTokenSource();
        var sink = new CancellingSink(cts);
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(builder.Build()));
        var context = new ImportContext { FileName = "big.csv", Hasher = TestHasher.Instance };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new FocusCsvImporter().ReadAsync(input, context, sink, cts.Token));
        Assert.InRange(sink.Accepted, 1, 8_192);
    }

    private sealed class CancellingSink(CancellationTokenSource cts) : IRecordSink
    {
        public int Accepted { get; private set; }

        public void Accept(SpendRecord record)
        {
            Accepted++;
            cts.Cancel();
        }

        public bool Reject(RowError error) => true;
    }
}
