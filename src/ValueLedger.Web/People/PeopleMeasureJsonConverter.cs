using System.Text.Json;
using System.Text.Json.Serialization;
using ValueLedger.Core.People;
using ValueLedger.Core.People.Privacy;

namespace ValueLedger.Web.People;

/// <summary>
/// <see cref="PeopleMeasure"/> as <c>{"state":"value","value":41.5,"people":37}</c> (value exact, people = how many it is
/// over) or a state alone. Read back with the floor k of 5.
/// </summary>
public sealed class PeopleMeasureJsonConverter : JsonConverter<PeopleMeasure>
{
    public override PeopleMeasure Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        PeopleJson.ReadState(ref reader, out var rest) switch
        {
            CellState.Value when rest.TryGetValue("value", out var value) && rest.TryGetValue("people", out var people)
                => PeopleMeasure.Of(value.GetDecimal(), people.GetInt32(), PeopleSettings.FloorGroupSize),
            CellState.Value => throw new JsonException("a shown people measure needs its value and people"),
            CellState.BelowThreshold => PeopleMeasure.BelowThreshold,
            _ => PeopleMeasure.NoData,
        };

    public override void Write(Utf8JsonWriter writer, PeopleMeasure value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("state", PeopleJson.State(value.State));
        if (value.State == CellState.Value)
        {
            writer.WriteNumber("value", value.Value);
            writer.WriteNumber("people", value.People);
        }

        writer.WriteEndObject();
    }
}
