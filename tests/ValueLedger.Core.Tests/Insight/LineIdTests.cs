using ValueLedger.Core.Allocation.Insight;

namespace ValueLedger.Core.Tests.Insight;

public sealed class LineIdTests
{
    [Theory]
    [InlineData("3:1207", 3, 1207)]
    [InlineData("0:0", 0, 0)]
    public void TryParse_SourceAndSeq_RoundTrips(string text, long source, long seq)
    {
        Assert.True(LineId.TryParse(text, out var id));
        Assert.Equal(new LineId(source, seq), id);
        Assert.Equal(text, id.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12")]
    [InlineData(":5")]
    [InlineData("5:")]
    [InlineData("-1:2")]
    [InlineData("1:+2")]
    [InlineData(" 1:2")]
    [InlineData("1:2:3")]
    [InlineData("99999999999999999999:1")]
    public void TryParse_Malformed_ReturnsFalse(string? text) => Assert.False(LineId.TryParse(text, out _));
}
