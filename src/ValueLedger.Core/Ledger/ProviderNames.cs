namespace ValueLedger.Core.Ledger;

/// <summary>
/// Canonical provider ids, so that the Azure bill (ProviderName "Microsoft") and the gateway log
/// (custom_llm_provider "azure") name the same provider and telemetry can be matched to its bill.
/// </summary>
public static class ProviderNames
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["openai"] = "openai",
        ["openai inc"] = "openai",
        ["openai, inc."] = "openai",
        ["text-completion-openai"] = "openai",
        ["anthropic"] = "anthropic",
        ["anthropic pbc"] = "anthropic",
        ["claude"] = "anthropic",
        ["microsoft"] = "azure",
        ["microsoft azure"] = "azure",
        ["azure"] = "azure",
        ["azure_ai"] = "azure",
        ["azure openai"] = "azure",
        ["azure.ai.openai"] = "azure",
        ["az.ai.openai"] = "azure",
        ["azure.ai.inference"] = "azure",
        ["az.ai.inference"] = "azure",
        ["aws"] = "aws",
        ["amazon web services"] = "aws",
        ["amazon web services, inc."] = "aws",
        ["bedrock"] = "aws",
        ["aws.bedrock"] = "aws",
        ["aws_bedrock"] = "aws",
        ["sagemaker"] = "aws",
        ["google"] = "google",
        ["google cloud"] = "google",
        ["gcp"] = "google",
        ["gcp.vertex_ai"] = "google",
        ["gcp.gemini"] = "google",
        ["gcp.gen_ai"] = "google",
        ["vertex_ai"] = "google",
        ["vertex_ai_beta"] = "google",
        ["gemini"] = "google",
        ["oracle"] = "oracle",
        ["oracle cloud infrastructure"] = "oracle",
        ["oci"] = "oracle",
        ["mistral"] = "mistral",
        ["mistral_ai"] = "mistral",
        ["cohere"] = "cohere",
        ["cohere_chat"] = "cohere",
        ["groq"] = "groq",
        ["deepseek"] = "deepseek",
        ["xai"] = "xai",
        ["x_ai"] = "xai",
        ["perplexity"] = "perplexity",
        ["ibm.watsonx.ai"] = "ibm",
        ["watsonx"] = "ibm",
    };

    /// <summary>
    /// The canonical id for a provider name as a source spells it; unknown names are kept,
    /// trimmed and lower-cased, so that nothing is lost. Empty or null gives <c>unknown</c>.
    /// </summary>
    public static string Canonicalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "unknown";
        }

        var trimmed = name.Trim();
        return Aliases.TryGetValue(trimmed, out var canonical) ? canonical : trimmed.ToLowerInvariant();
    }
}
