using System.Text.Json.Serialization;
using ValueLedger.Core.People.Privacy;
using ValueLedger.Core.Value;

namespace ValueLedger.Web.People;

// People figures on the wire, in the shape web-a's PeopleJson uses: a count {"state":"value","count":12} /
// {"state":"below-threshold"} / {"state":"no-data"}; a measure {"state":"value","value":41.5,"people":12}. A suppressed
// figure carries neither value nor count (the Core types do not hold them either).

/// <summary>A people count as shown: <c>count</c> only when <c>state</c> is <c>value</c>.</summary>
internal sealed record PeopleCountDto(
    string State,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Count);

/// <summary>A figure over people (a rate in %, minutes, a 0–100 survey mean) and how many people it is over, only when shown.</summary>
internal sealed record PeopleMeasureDto(
    string State,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? Value,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? People);

/// <summary>Maps the privacy types to their wire shapes.</summary>
internal static class BehaviourJson
{
    public static PeopleCountDto Count(PeopleCount count) => new(KebabCase.Of(count.State), count.Shown);

    public static PeopleMeasureDto Measure(PeopleMeasure measure) =>
        new(KebabCase.Of(measure.State), measure.Shown, measure.State == CellState.Value ? measure.People : null);

    /// <summary>The <c>data-people-count</c> attribute of a page cell: the people behind it, "suppressed", or 0 for no data.</summary>
    public static string Attribute(CellState state, int people) => state switch
    {
        CellState.Value => people.ToString(System.Globalization.CultureInfo.InvariantCulture),
        CellState.BelowThreshold => "suppressed",
        _ => "0",
    };
}
