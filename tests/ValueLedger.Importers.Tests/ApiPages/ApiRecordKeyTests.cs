using ValueLedger.Importers.ApiPages;

namespace ValueLedger.Importers.Tests.ApiPages;

public sealed class ApiRecordKeyTests
{
    private static readonly DateTime Start = new(2025, 1, 11, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime End = new(2025, 1, 12, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Build_NullAndValues_SpellsEveryDimension() =>
        Assert.Equal(
            "2025-01-11T00:00:00Z/2025-01-12T00:00:00Z|project_id=proj_a|model=~",
            ApiRecordKey.Build(Start, End, ("project_id", "proj_a"), ("model", null)));

    [Theory]
    [InlineData("a|model=b", null)]
    [InlineData("~", null)]
    [InlineData("a%7C", "b")]
    public void Build_ValuesThatLookLikeSeparators_NeverCollide(string first, string? second)
    {
        var tricky = ApiRecordKey.Build(Start, End, ("project_id", first), ("model", second));
        var plain = ApiRecordKey.Build(Start, End, ("project_id", "a"), ("model", "b"));
        var nulls = ApiRecordKey.Build(Start, End, ("project_id", null), ("model", null));

        Assert.NotEqual(plain, tricky);
        Assert.NotEqual(nulls, tricky);
    }
}
