using System.Text.Json;
using System.Text.Json.Serialization;
using ValueLedger.Core.People;
using ValueLedger.Core.People.Privacy;
using ValueLedger.Core.People.Reports;

namespace ValueLedger.Web.People;

/// <summary>
/// How people figures go over the wire, registered once on the API's serializer options (<see cref="Configure"/>):
/// a <see cref="PeopleCount"/> is <c>{"state":"value","count":12}</c>, <c>{"state":"below-threshold"}</c> or
/// <c>{"state":"no-data"}</c>; a <see cref="PeopleMeasure"/> is <c>{"state":"value","value":41.5,"people":37}</c> or the
/// same two state-only forms. A suppressed cell carries no number at all, so nothing under k can leak through JSON.
/// The people enums are kebab-case strings (regular-use, executive-confidence, below-threshold, …).
/// </summary>
public static class PeopleJson
{
    /// <summary>The wire names of <see cref="CellState"/>.</summary>
    public static string State(CellState state) => state switch
    {
        CellState.Value => "value",
        CellState.BelowThreshold => "below-threshold",
        _ => "no-data",
    };

    /// <summary>Adds the people converters to <paramref name="options"/> (the API's, and any download's).</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(new PeopleCountJsonConverter());
        options.Converters.Add(new PeopleMeasureJsonConverter());
        options.Converters.Add(new JsonStringEnumConverter<CellState>(JsonNamingPolicy.KebabCaseLower));
        options.Converters.Add(new JsonStringEnumConverter<AdoptionRung>(JsonNamingPolicy.KebabCaseLower));
        options.Converters.Add(new JsonStringEnumConverter<ConvictionLevel>(JsonNamingPolicy.KebabCaseLower));
        options.Converters.Add(new JsonStringEnumConverter<MaturityLevel>(JsonNamingPolicy.KebabCaseLower));
        options.Converters.Add(new JsonStringEnumConverter<RelianceSignal>(JsonNamingPolicy.KebabCaseLower));
        options.Converters.Add(new JsonStringEnumConverter<TrendDirection>(JsonNamingPolicy.KebabCaseLower));
        options.Converters.Add(new JsonStringEnumConverter<RoleChangeKind>(JsonNamingPolicy.KebabCaseLower));
        options.Converters.Add(new JsonStringEnumConverter<ResistanceStatus>(JsonNamingPolicy.KebabCaseLower));
    }

    internal static CellState ReadState(ref Utf8JsonReader reader, out Dictionary<string, JsonElement> rest)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("a people figure is an object with a state");
        }

        rest = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
        var state = rest.TryGetValue("state", out var s) ? s.GetString() : null;
        return state switch
        {
            "value" => CellState.Value,
            "below-threshold" => CellState.BelowThreshold,
            "no-data" => CellState.NoData,
            _ => throw new JsonException("state must be value, below-threshold or no-data"),
        };
    }
}
