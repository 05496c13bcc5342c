using System.Text;
using ValueLedger.Core.Import;
using ValueLedger.Core.Value;
using ValueLedger.Importers.Outcomes;

namespace ValueLedger.Importers.Tests.Outcomes;

public sealed class OutcomeCsvReaderTests
{
    private const string Header = "initiative,period_start,period_end,successful,failed,value,currency,evidence,corrects\n";

    private static Task<OutcomeCsvResult> ReadAsync(string text) => OutcomeCsvReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), CancellationToken.None);

    private static async Task<RowError> SingleErrorAsync(string text)
    {
        var result = await ReadAsync(text);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public async Task Read_Fixture_ThreeClaimsWithLinesAndExactValues()
    {
        await using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Outcomes", "claims.csv"));

        var result = await OutcomeCsvReader.ReadAsync(file, CancellationToken.None);

        Assert.Empty(result.Errors);
        Assert.Equal([2L, 3L, 4L], result.Rows.Select(r => r.Line));
        Assert.Equal(new OutcomeClaim("support-copilot", new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1), 120, 8, null, "", "https://wiki.example/support/jan", null), result.Rows[0].Claim);
        Assert.Equal((1500.50m, "USD", "https://wiki.example/support/a,b"), (result.Rows[1].Claim.Value!.Value, result.Rows[1].Claim.Currency, result.Rows[1].Claim.Evidence));
        Assert.Equal((2500m, "EUR", 300L, 12L), (result.Rows[2].Claim.Value!.Value, result.Rows[2].Claim.Currency, result.Rows[2].Claim.Successful, result.Rows[2].Claim.Failed));
    }

    [Fact]
    public async Task Read_OnlyRequiredColumnsInAnotherOrder_FailedIsZero()
    {
        var result = await ReadAsync("successful,initiative,period_end,period_start\r\n7,a,2026-03-01,2026-02-01\r\n");

        Assert.Empty(result.Errors);
        Assert.Equal(new OutcomeClaim("a", new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1), 7, 0, null, "", null, null), Assert.Single(result.Rows).Claim);
    }

    [Theory]
    [InlineData("", 0, null, "the file is empty")]
    [InlineData("\n\n", 0, null, "the file is empty")]
    [InlineData(Header, 0, null, "the file has a header but no rows")]
    [InlineData("initiative,start,end\n", 1, "start", "unknown column 'start'")]
    [InlineData("initiative,period_start,period_end\n", 1, "successful", "missing column(s) successful")]
    [InlineData("initiative,period_start,period_end,successful,successful\n", 1, "successful", "column successful appears twice")]
    public async Task Read_WholeFileProblem_Fatal(string text, long line, string? column, string reason)
    {
        var error = await SingleErrorAsync(text);

        Assert.True(error.IsFatal);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a,2026-02-30,2026-03-01,1,0,,,,", "period_start", "period_start is not a date YYYY-MM-DD")]
    [InlineData("a,2026-02-01,01/03/2026,1,0,,,,", "period_end", "period_end is not a date YYYY-MM-DD")]
    [InlineData("a,2026-02-01,2026-02-01,1,0,,,,", "period_end", "period_end must be after period_start 2026-02-01")]
    [InlineData("a,2026-02-01,2026-03-01,-1,0,,,,", "successful", "successful is not a whole number of 0 or more")]
    [InlineData("a,2026-02-01,2026-03-01,1,2.5,,,,", "failed", "failed is not a whole number of 0 or more")]
    [InlineData("a,2026-02-01,2026-03-01,1,0,\"12,5\",EUR,,", "value", "value is not a number of 0 or more")]
    [InlineData("a,2026-02-01,2026-03-01,1,0,12.5,,,", "currency", "a stated value needs its currency")]
    [InlineData("a,2026-02-01,2026-03-01,1,0,12.5,EURO,,", "currency", "currency is not an ISO 4217 currency code")]
    [InlineData("a,2026-02-01,2026-03-01,1,0,,,,x", "corrects", "corrects is not an outcome id")]
    [InlineData(",2026-02-01,2026-03-01,1,0,,,,", "initiative", "initiative is empty")]
    [InlineData("a,2026-02-01,2026-03-01,1,0,\"12.5,EUR,,", "value", "unbalanced quote in column value")]
    public async Task Read_BadRow_ErrorNamesLineColumnAndReason(string row, string column, string reason)
    {
        var error = await SingleErrorAsync(Header + "a,2026-01-01,2026-02-01,1,0,,,,\n" + row + "\n");

        Assert.False(error.IsFatal);
        Assert.Equal((3L, column), (error.Line, error.Column));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_HugeEvidenceField_ErrorWithAShortExcerpt()
    {
        var huge = new string('x', 10 * 1024 * 1024);

        var error = await SingleErrorAsync(Header + $"a,2026-02-01,2026-03-01,1,0,,,{huge},\n");

        Assert.Equal(("evidence", 2L), (error.Column, error.Line));
        Assert.True(error.Raw!.Length <= RowError.MaxRawLength + 1);
    }

    [Fact]
    public async Task Read_ManyBadRows_StopsAtMaxErrors()
    {
        var text = new StringBuilder(Header);
        for (var i = 0; i < 50; i++)
        {
            text.Append("a,bad,2026-03-01,1,0,,,,\n");
        }

        var result = await ReadAsync(text.ToString());

        Assert.Equal(OutcomeCsvReader.MaxErrors, result.Errors.Count);
    }

    [Fact]
    public async Task Read_Cancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => OutcomeCsvReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(Header + "a,2026-01-01,2026-02-01,1,0,,,,\n")), cancelled.Token));
    }
}
