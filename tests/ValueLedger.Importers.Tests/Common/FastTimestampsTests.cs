using ValueLedger.Importers.Common;

namespace ValueLedger.Importers.Tests.Common;

public sealed class FastTimestampsTests
{
    [Theory]
    [InlineData("2025-03-03 09:15:02.123000")]
    [InlineData("2025-03-03T09:15:02.1234567Z")]
    [InlineData("2025-03-03T09:15:02.123456789Z")]
    [InlineData("2025-03-03T09:15:02+02:00")]
    [InlineData("2025-03-03 09:15:02-05:30")]
    [InlineData("2025-03-03T09:15:02")]
    [InlineData("2024-02-29 23:59:59.9")]
    [InlineData("2025-03-03")]
    [InlineData("2025-03-03T09:15Z")]
    [InlineData("  2025-03-03T09:15:02Z ")]
    [InlineData("2025-02-29 10:00:00")]
    [InlineData("2025-13-01 10:00:00")]
    [InlineData("2025-03-03 24:00:00")]
    [InlineData("2025-03-03T09:15:02.Z")]
    [InlineData("2025-03-03T09:15:02+0200")]
    [InlineData("2025-03-03T09:15:02 junk")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("9999-12-31T23:59:59Z")]
    [InlineData("")]
    public void TryParseUtc_AnyText_AgreesWithTheSlowParser(string text)
    {
        var fast = FastTimestamps.TryParseUtc(text, out var fastValue);
        var slow = Values.TryParseUtc(text, out var slowValue);

        if (text.EndsWith("789Z", StringComparison.Ordinal))
        {
            // Nanoseconds: the slow parser's formats stop at 7 digits; the fast path drops the rest.
            Assert.True(fast);
            Assert.Equal(new DateTime(2025, 3, 3, 9, 15, 2, DateTimeKind.Utc).AddTicks(1234567), fastValue);
            return;
        }

        Assert.Equal(slow, fast);
        Assert.Equal(slowValue, fastValue);
        if (fast)
        {
            Assert.Equal(DateTimeKind.Utc, fastValue.Kind);
        }
    }
}
