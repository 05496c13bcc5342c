namespace ValueLedger.Importers.ApiPages;

/// <summary>What the first bytes of an input say about it, for telling the API formats apart.</summary>
internal sealed class ApiHeadSummary
{
    public static ApiHeadSummary NotJson { get; } = new() { IsJson = false };

    /// <summary>Whether the input starts like a JSON object or array.</summary>
    public required bool IsJson { get; init; }

    /// <summary>Property names seen (any depth).</summary>
    public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

    /// <summary>Values of <c>"object"</c> properties (<c>organization.costs.result</c>...).</summary>
    public HashSet<string> ObjectTypes { get; } = new(StringComparer.Ordinal);

    /// <summary>An <c>amount</c> property was a string (Anthropic cost report, in cents).</summary>
    public bool AmountIsString { get; set; }

    /// <summary>An <c>amount</c> property was an object (OpenAI costs: <c>{"value":..,"currency":..}</c>).</summary>
    public bool AmountIsObject { get; set; }

    public bool HasAll(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (!Names.Contains(name))
            {
                return false;
            }
        }

        return true;
    }
}
