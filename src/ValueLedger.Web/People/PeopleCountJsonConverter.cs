using System.Text.Json;
using System.Text.Json.Serialization;
using ValueLedger.Core.People;
using ValueLedger.Core.People.Privacy;

namespace ValueLedger.Web.People;

/// <summary>
/// <see cref="PeopleCount"/> as <c>{"state":"value","count":12}</c> or a state alone. Reading one back (tests, clients in
/// .NET) uses the floor k of 5, so a count of 1…4 is refused on the way in as well.
/// </summary>
public sealed class PeopleCountJsonConverter : JsonConverter<PeopleCount>
{
    public override PeopleCount Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        PeopleJson.ReadState(ref reader, out var rest) switch
        {
            CellState.Value when rest.TryGetValue("count", out var count) => PeopleCount.Of(count.GetInt32(), PeopleSettings.FloorGroupSize),
            CellState.Value => throw new JsonException("a shown people count needs its count"),
            CellState.BelowThreshold => PeopleCount.BelowThreshold,
            _ => PeopleCount.NoData,
        };

    public override void Write(Utf8JsonWriter writer, PeopleCount value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("state", PeopleJson.State(value.State));
        if (value.Shown is { } count)
        {
            writer.WriteNumber("count", count);
        }

        writer.WriteEndObject();
    }
}
