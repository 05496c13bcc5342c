using ValueLedger.Core.People.Privacy;

namespace ValueLedger.Core.Tests.People.Privacy;

public sealed class SuppressionTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "below threshold")]
    [InlineData(4, "below threshold")]
    [InlineData(5, "5")]
    [InlineData(1234, "1,234")]
    public void Count_StandAlone_ZeroShownSmallHidden(int count, string text)
    {
        var shown = Suppression.Count(count, 5);

        Assert.Equal(text, shown.ToString());
        Assert.Equal(count is > 0 and < 5 ? 0 : count, shown.Count);
    }

    [Fact]
    public void Count_Null_IsNoData()
    {
        Assert.Equal(CellState.NoData, Suppression.Count(null, 5).State);
    }

    [Fact]
    public void Count_RaisedK_HidesBelowIt()
    {
        Assert.Equal(CellState.BelowThreshold, Suppression.Count(9, 10).State);
        Assert.Equal(10, Suppression.Count(10, 10).Shown);
    }

    [Fact]
    public void CheckK_BelowFloor_Refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Suppression.CheckK(3));
    }

    [Fact]
    public void PeopleCountOf_SmallCount_Refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PeopleCount.Of(3, 5));
    }

    [Fact]
    public void Cumulative_AllShown_SumsFromTheTop()
    {
        PeopleCount[] atRung = [PeopleCount.Of(10, 5), PeopleCount.Of(0, 5), PeopleCount.Of(6, 5), PeopleCount.Of(5, 5)];

        var cumulative = Suppression.Cumulative(atRung, 5);

        Assert.Equal([21, 11, 11, 5], cumulative.Select(c => c.Shown));
    }

    [Fact]
    public void Cumulative_HiddenRung_HidesItAndEveryStepBelow()
    {
        PeopleCount[] atRung = [PeopleCount.Of(10, 5), PeopleCount.BelowThreshold, PeopleCount.Of(6, 5), PeopleCount.Of(5, 5)];

        var cumulative = Suppression.Cumulative(atRung, 5);

        Assert.Equal([null, null, 11, 5], cumulative.Select(c => c.Shown));
        Assert.Equal(CellState.BelowThreshold, cumulative[0].State);
    }

    [Fact]
    public void Cumulative_NoDataAtTheTop_StaysNoData()
    {
        PeopleCount[] atRung = [PeopleCount.Of(7, 5), PeopleCount.NoData];

        var cumulative = Suppression.Cumulative(atRung, 5);

        Assert.Equal(CellState.NoData, cumulative[1].State);
        Assert.Equal(7, cumulative[0].Shown);
    }

    [Theory]
    [InlineData(0, CellState.NoData)]
    [InlineData(4, CellState.BelowThreshold)]
    [InlineData(5, CellState.Value)]
    public void MeasureOf_ByPeople_StateAndNoValueLeak(int people, CellState state)
    {
        var measure = PeopleMeasure.Of(42.5m, people, 5);

        Assert.Equal(state, measure.State);
        Assert.Equal(state == CellState.Value ? 42.5m : 0m, measure.Value);
        Assert.Equal(state == CellState.Value ? people : 0, measure.People);
    }
}
