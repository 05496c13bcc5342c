using System.Text.Json;
using ValueLedger.Core.People.Privacy;
using ValueLedger.Core.People.Reports;
using ValueLedger.Web.People;

namespace ValueLedger.Web.Tests.People;

/// <summary>The one wire form of people figures: a suppressed cell carries no number at all.</summary>
public sealed class AdoptionJsonTests
{
    private static readonly JsonSerializerOptions Options = Create();

    [Fact]
    public void PeopleCount_Shown_StateAndCount()
    {
        Assert.Equal("""{"state":"value","count":12}""", JsonSerializer.Serialize(PeopleCount.Of(12, 5), Options));
        Assert.Equal("""{"state":"value","count":0}""", JsonSerializer.Serialize(PeopleCount.Of(0, 5), Options));
    }

    [Fact]
    public void PeopleCount_Suppressed_StateOnlyNoNumber()
    {
        Assert.Equal("""{"state":"below-threshold"}""", JsonSerializer.Serialize(PeopleCount.BelowThreshold, Options));
        Assert.Equal("""{"state":"no-data"}""", JsonSerializer.Serialize(PeopleCount.NoData, Options));
    }

    [Fact]
    public void PeopleMeasure_ShownAndSuppressed_ValueAndPeopleOnlyWhenShown()
    {
        Assert.Equal("""{"state":"value","value":41.5,"people":37}""", JsonSerializer.Serialize(PeopleMeasure.Of(41.5m, 37, 5), Options));
        Assert.Equal("""{"state":"below-threshold"}""", JsonSerializer.Serialize(PeopleMeasure.Of(80m, 3, 5), Options));
        Assert.Equal("""{"state":"no-data"}""", JsonSerializer.Serialize(PeopleMeasure.Of(0m, 0, 5), Options));
    }

    [Fact]
    public void PeopleJson_RoundTrip_SameValues()
    {
        var count = JsonSerializer.Deserialize<PeopleCount>("""{"state":"value","count":7}""", Options);
        var measure = JsonSerializer.Deserialize<PeopleMeasure>("""{"state":"value","value":12.25,"people":9}""", Options);
        var hidden = JsonSerializer.Deserialize<PeopleCount>("""{"state":"below-threshold"}""", Options);

        Assert.Equal(7, count.Shown);
        Assert.Equal(12.25m, measure.Shown);
        Assert.Equal(9, measure.People);
        Assert.Equal(CellState.BelowThreshold, hidden.State);
    }

    [Fact]
    public void PeopleCount_ReadBelowFloor_Refused()
    {
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => JsonSerializer.Deserialize<PeopleCount>("""{"state":"value","count":3}""", Options));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<PeopleCount>("""{"state":"maybe"}""", Options));
    }

    [Fact]
    public void PeopleEnums_KebabCaseStrings()
    {
        Assert.Equal("\"regular-use\"", JsonSerializer.Serialize(AdoptionRung.RegularUse, Options));
        Assert.Equal("\"executive-confidence\"", JsonSerializer.Serialize(ConvictionLevel.ExecutiveConfidence, Options));
        Assert.Equal("\"not-started\"", JsonSerializer.Serialize(MaturityLevel.NotStarted, Options));
        Assert.Equal("\"below-threshold\"", JsonSerializer.Serialize(CellState.BelowThreshold, Options));
    }

    [Fact]
    public void AdoptionFunnelStep_Serialised_CamelCaseWithNestedCount()
    {
        var step = new AdoptionFunnelStep(AdoptionRung.Training, PeopleCount.BelowThreshold, null);

        Assert.Equal("""{"rung":"training","reachedAtLeast":{"state":"below-threshold"},"conversionFromPrevious":null}""", JsonSerializer.Serialize(step, Options));
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        PeopleJson.Configure(options);
        return options;
    }
}
