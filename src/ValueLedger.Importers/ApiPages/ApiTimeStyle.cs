namespace ValueLedger.Importers.ApiPages;

/// <summary>How a provider API names and encodes a bucket's period.</summary>
internal enum ApiTimeStyle
{
    /// <summary>OpenAI: <c>start_time</c> / <c>end_time</c>, Unix seconds.</summary>
    UnixSeconds = 1,

    /// <summary>Anthropic: <c>starting_at</c> / <c>ending_at</c>, RFC 3339 strings.</summary>
    Rfc3339 = 2,
}
