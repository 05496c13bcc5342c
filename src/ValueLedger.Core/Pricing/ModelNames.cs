using System.Text.RegularExpressions;

namespace ValueLedger.Core.Pricing;

/// <summary>
/// Brings the many spellings of one model to the name price books use: <c>openai/gpt-4o</c>,
/// <c>azure/gpt-4o</c> and <c>GPT-4o</c> are <c>gpt-4o</c>; the Bedrock id
/// <c>us.anthropic.claude-3-5-sonnet-20240620-v1:0</c> and the Vertex id
/// <c>claude-3-5-sonnet@20240620</c> are <c>claude-3-5-sonnet-20240620</c>.
/// </summary>
public static partial class ModelNames
{
    /// <summary>Gateway-style prefixes (LiteLLM, Vertex, Gemini API) that name the route, not the model.</summary>
    private static readonly string[] RoutePrefixes =
    [
        "openai/", "text-completion-openai/", "azure/", "azure_ai/", "bedrock/", "converse/", "invoke/",
        "anthropic/", "vertex_ai/", "vertex_ai_beta/", "gemini/", "google/", "models/", "mistral/",
    ];

    /// <summary>Bedrock cross-region inference profiles put a geography before the vendor.</summary>
    private static readonly string[] BedrockRegionPrefixes = ["us.", "eu.", "apac.", "global.", "jp.", "au.", "ca.", "us-gov."];

    /// <summary>Bedrock model ids start with the vendor: <c>anthropic.claude-…</c>, <c>mistral.mistral-large-…</c>.</summary>
    private static readonly string[] BedrockVendorPrefixes =
        ["anthropic.", "mistral.", "meta.", "amazon.", "cohere.", "ai21.", "openai.", "deepseek.", "qwen."];

    /// <summary>
    /// The normalised name: trimmed, lower case, without route prefix, Bedrock region, vendor or
    /// version suffix (<c>-v1:0</c>), with Vertex's <c>@</c> before a version turned into <c>-</c>.
    /// Null when the name is null or blank.
    /// </summary>
    public static string? Normalize(string? model)
    {
        if (string.IsNullOrWhiteSpace(model))
        {
            return null;
        }

        var name = model.Trim().ToLowerInvariant();
        name = StripRepeatedly(name, RoutePrefixes);

        var bedrockId = false;
        foreach (var region in BedrockRegionPrefixes)
        {
            if (name.StartsWith(region, StringComparison.Ordinal) && StartsWithAny(name[region.Length..], BedrockVendorPrefixes))
            {
                name = name[region.Length..];
                break;
            }
        }

        foreach (var vendor in BedrockVendorPrefixes)
        {
            if (name.StartsWith(vendor, StringComparison.Ordinal) && name.Length > vendor.Length)
            {
                name = name[vendor.Length..];
                bedrockId = true;
                break;
            }
        }

        // "-v1:0" (and "-v1:0:200k") is Bedrock's version of the id, not part of the model's name.
        if (bedrockId || name.Contains(':', StringComparison.Ordinal))
        {
            name = BedrockVersionSuffix().Replace(name, string.Empty);
        }

        return name.Replace('@', '-');
    }

    private static string StripRepeatedly(string name, string[] prefixes)
    {
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var prefix in prefixes)
            {
                if (name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    name = name[prefix.Length..];
                    stripped = true;
                    break;
                }
            }
        }

        return name;
    }

    private static bool StartsWithAny(string text, string[] prefixes) =>
        prefixes.Any(p => text.StartsWith(p, StringComparison.Ordinal));

    [GeneratedRegex(@"-v\d+(:\d+k?)*$", RegexOptions.CultureInvariant)]
    private static partial Regex BedrockVersionSuffix();
}
