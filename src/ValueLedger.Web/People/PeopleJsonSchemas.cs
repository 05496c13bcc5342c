using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using ValueLedger.Core.People.Privacy;

namespace ValueLedger.Web.People;

/// <summary>
/// Describes the hand-written people converters in the OpenAPI document (the generator cannot see inside a custom
/// converter and would otherwise publish an empty schema): a state, and the number(s) only when the state is value.
/// </summary>
public static class PeopleJsonSchemas
{
    public static void Describe(OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddSchemaTransformer((schema, context, _) =>
        {
            var type = context.JsonTypeInfo.Type;
            if (type == typeof(PeopleCount) || type == typeof(PeopleCount?))
            {
                Fill(schema, "A count of people: its number only when state is value (0, or at least k); below-threshold and no-data carry none.", ("count", JsonSchemaType.Integer));
            }
            else if (type == typeof(PeopleMeasure) || type == typeof(PeopleMeasure?))
            {
                Fill(schema, "A figure over people (share 0–100, mean, rate): value and the number of people it is over (at least k) only when state is value.",
                    ("value", JsonSchemaType.Number), ("people", JsonSchemaType.Integer));
            }

            else if (typeof(IEnumerable<PeopleCount>).IsAssignableFrom(type) && schema.Items is null)
            {
                // Lists of counts (a team's people at each rung): the generator leaves their items undescribed.
                var item = new OpenApiSchema();
                Fill(item, "A count of people (see PeopleCount).", ("count", JsonSchemaType.Integer));
                schema.Items = item;
            }

            return Task.CompletedTask;
        });
    }

    private static void Fill(OpenApiSchema schema, string description, params (string Name, JsonSchemaType Type)[] numbers)
    {
        schema.Type = JsonSchemaType.Object;
        schema.Description = description;
        schema.Required = new HashSet<string>(StringComparer.Ordinal) { "state" };
        schema.Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            ["state"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = [JsonValue.Create("value"), JsonValue.Create("below-threshold"), JsonValue.Create("no-data")],
            },
        };
        foreach (var (name, type) in numbers)
        {
            schema.Properties[name] = new OpenApiSchema { Type = type };
        }
    }
}
