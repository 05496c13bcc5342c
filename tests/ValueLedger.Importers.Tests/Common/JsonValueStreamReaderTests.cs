using System.Text;
using System.Text.Json;
using ValueLedger.Importers.Common;

namespace ValueLedger.Importers.Tests.Common;

public sealed class JsonValueStreamReaderTests
{
    private static async Task<(JsonValueStreamReader.Result Result, List<(long Line, string Json)> Values)> ReadAsync(string text, bool unwrap, int max = 1024 * 1024)
    {
        var values = new List<(long, string)>();
        using var reader = new JsonValueStreamReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), unwrap, max);
        bool OnValue(ref Utf8JsonReader value, long line)
        {
            using var doc = JsonDocument.ParseValue(ref value);
            values.Add((line, doc.RootElement.GetRawText()));
            return true;
        }

        var result = await reader.ReadAsync(OnValue, CancellationToken.None);
        return (result, values);
    }

    [Fact]
    public async Task Read_NdjsonAcrossManyBuffers_EveryValueWithItsLine()
    {
        var lines = Enumerable.Range(1, 5000).Select(i => $"{{\"n\":{i},\"pad\":\"{new string('x', 40)}\"}}");
        var (result, values) = await ReadAsync(string.Join('\n', lines) + "\n", unwrap: false);

        Assert.Equal(JsonValueStreamReader.Outcome.Completed, result.Outcome);
        Assert.Equal(5000, values.Count);
        Assert.All(values, v => Assert.Contains($"\"n\":{v.Line},", v.Json, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Read_MalformedLineFarIntoTheInput_ReportedAtItsLine()
    {
        var lines = Enumerable.Range(1, 4000).Select(i => i == 3210 ? "{\"n\": oops}" : $"{{\"n\":{i},\"pad\":\"{new string('y', 40)}\"}}");
        var (result, values) = await ReadAsync(string.Join('\n', lines), unwrap: false);

        Assert.Equal(JsonValueStreamReader.Outcome.Malformed, result.Outcome);
        Assert.Equal(3210, result.Line);
        Assert.Equal(3209, values.Count);
    }

    [Fact]
    public async Task Read_PrettyArray_ElementsWithTheLineTheyStartOn()
    {
        var (result, values) = await ReadAsync("\uFEFF[\n  {\"a\": 1},\n  {\n    \"a\": 2\n  }\n]\n", unwrap: true);

        Assert.Equal(JsonValueStreamReader.Outcome.Completed, result.Outcome);
        Assert.Equal([2L, 3L], values.Select(v => v.Line));
    }

    [Fact]
    public async Task Read_ValueOverTheLimit_TooLarge()
    {
        var (result, _) = await ReadAsync($"{{\"big\":\"{new string('z', 200_000)}\"}}", unwrap: false, max: 128 * 1024);

        Assert.Equal(JsonValueStreamReader.Outcome.TooLarge, result.Outcome);
    }

    [Theory]
    [InlineData("", "Empty")]
    [InlineData(" \n\t ", "Empty")]
    [InlineData("[{\"a\":1},", "Truncated")]
    [InlineData("{\"a\":", "Truncated")]
    [InlineData("[1] 2", "TrailingContent")]
    public async Task Read_BrokenOrEmptyInput_Outcome(string text, string expected)
    {
        var (result, _) = await ReadAsync(text, unwrap: true);

        Assert.Equal(expected, result.Outcome.ToString());
    }
}
