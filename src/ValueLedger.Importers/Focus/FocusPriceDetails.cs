using System.Text.Json;
using ValueLedger.Importers.Common;

namespace ValueLedger.Importers.Focus;

/// <summary>
/// The keys of a FOCUS <c>SkuPriceDetails</c> cell (a JSON object) that matter for AI charges. Newer
/// FOCUS drafts and some producers put the model and the token direction there. Keys are matched
/// ignoring case; anything else in the object is ignored.
/// </summary>
internal sealed record FocusPriceDetails(string? ModelId, string? ModelName, string? TokenDirection, string? TokenCacheAction)
{
    /// <summary>The model the charge is for: ModelId, else ModelName, else null.</summary>
    public string? Model => !string.IsNullOrWhiteSpace(ModelId) ? ModelId : (string.IsNullOrWhiteSpace(ModelName) ? null : ModelName);

    /// <summary>
    /// Reads the keys from a SkuPriceDetails cell. Returns null when the cell holds none of them or is
    /// not a JSON object: SkuPriceDetails is descriptive, so an unreadable one leaves the model and
    /// tokens unknown rather than rejecting a billed line.
    /// </summary>
    public static FocusPriceDetails? Parse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            string? modelId = null, modelName = null, direction = null, cacheAction = null;
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var name = property.Name;
                if (name.Equals("ModelId", StringComparison.OrdinalIgnoreCase))
                {
                    modelId = Values.JsonScalarToText(property.Value);
                }
                else if (name.Equals("ModelName", StringComparison.OrdinalIgnoreCase))
                {
                    modelName = Values.JsonScalarToText(property.Value);
                }
                else if (name.Equals("TokenDirection", StringComparison.OrdinalIgnoreCase))
                {
                    direction = Values.JsonScalarToText(property.Value);
                }
                else if (name.Equals("TokenCacheAction", StringComparison.OrdinalIgnoreCase))
                {
                    cacheAction = Values.JsonScalarToText(property.Value);
                }
            }

            return modelId is null && modelName is null && direction is null && cacheAction is null
                ? null
                : new FocusPriceDetails(modelId, modelName, direction, cacheAction);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Cheap pre-check so that cells without any key of interest are never parsed.</summary>
    public static bool MayContainKeys(ReadOnlySpan<char> text) =>
        text.Contains("Model", StringComparison.OrdinalIgnoreCase) || text.Contains("Token", StringComparison.OrdinalIgnoreCase);
}
