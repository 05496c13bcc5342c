using ValueLedger.Core.Import;
using ValueLedger.Importers.Common;

namespace ValueLedger.Importers.LiteLlm;

/// <summary>Provider and model, status, counts and the text clean-up every column goes through.</summary>
internal sealed partial class LiteLlmRecordMapper
{
    /// <summary>
    /// Provider from custom_llm_provider, else from the model's prefix (<c>azure/gpt-4o</c>); the
    /// model loses that prefix only when it names the provider, so <c>meta-llama/Llama-3-70b</c>
    /// served by together_ai keeps its organisation.
    /// </summary>
    private (string Provider, string? Model) ProviderAndModel(ReadOnlySpan<char> model, ReadOnlySpan<char> modelGroup, ReadOnlySpan<char> providerText)
    {
        if (model.IsEmpty)
        {
            model = modelGroup;
        }

        var provider = providerText.IsEmpty ? null : _providers.Get(providerText);
        var slash = model.IndexOf('/');
        if (slash > 0)
        {
            var prefix = model[..slash];
            var prefixProvider = _providers.Get(prefix);
            if (provider is null || prefix.Equals(providerText, StringComparison.OrdinalIgnoreCase) || prefixProvider == provider)
            {
                provider ??= prefixProvider;
                model = model[(slash + 1)..];
            }
        }

        return (provider ?? "unknown", model.IsEmpty ? null : _strings.Get(model));
    }

    private static bool? Succeeded(ReadOnlySpan<char> status)
    {
        if (status.IsEmpty)
        {
            return null;
        }

        if (status.Equals("success", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return status.Contains("fail", StringComparison.OrdinalIgnoreCase) || status.Contains("error", StringComparison.OrdinalIgnoreCase)
            ? false
            : null;
    }

    private static bool TryCount(scoped in LiteLlmRow row, ReadOnlySpan<char> text, string column, out long? count, out RowError? error)
    {
        count = null;
        error = null;
        text = Clean(text);
        if (text.IsEmpty)
        {
            return true;
        }

        if (!Values.TryParseCount(text, out var value) || value < 0)
        {
            error = Fail(row, column, $"{column} is not a whole non-negative number", text);
            return false;
        }

        count = value;
        return true;
    }

    /// <summary>Trimmed text, or empty for the spellings of "no value" that exports use (NULL, null, None).</summary>
    internal static ReadOnlySpan<char> Clean(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.Length == 4
               && (text.Equals("NULL", StringComparison.OrdinalIgnoreCase) || text.SequenceEqual("None"))
            ? []
            : text;
    }

    private static RowError Fail(scoped in LiteLlmRow row, string column, string reason, ReadOnlySpan<char> value) =>
        new(row.Line, column, reason, SepRows.Excerpt(value));
}
