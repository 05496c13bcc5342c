using System.Text;
using ValueLedger.Core.Import;

namespace ValueLedger.Importers.LiteLlm;

/// <summary>Recognises LiteLLM spend logs from their column / property names.</summary>
internal static class LiteLlmDetection
{
    /// <summary>Columns only a LiteLLM spend log has together (normalised as in <see cref="LiteLlmColumns"/>).</summary>
    private static readonly string[] Telltales =
    [
        "calltype", "apikey", "spend", "customllmprovider", "modelgroup", "cachehit", "requesttags",
        "enduser", "prompttokens", "completiontokens", "teamid", "metadata", "sessionid",
    ];

    /// <summary>Looks at the CSV header line: request_id, startTime and model, plus LiteLLM's own columns.</summary>
    public static FormatDetection DetectCsv(ReadOnlySpan<byte> head)
    {
        var end = head.IndexOfAny((byte)'\n', (byte)'\r');
        var line = Encoding.UTF8.GetString(end < 0 ? head : head[..end]);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in line.Split(','))
        {
            names.Add(LiteLlmColumns.Normalize(raw.Trim().Trim('"')));
        }

        if (!names.Contains("requestid") || !names.Contains("starttime") || !names.Contains("model"))
        {
            return FormatDetection.No;
        }

        var telltales = Telltales.Count(names.Contains);
        return telltales switch
        {
            >= 3 => FormatDetection.Certain($"LiteLLM spend-log columns ({telltales} of them)"),
            >= 1 => FormatDetection.Likely("request_id, startTime and model columns"),
            _ => FormatDetection.No,
        };
    }

    /// <summary>A JSON array or NDJSON of objects with request_id, startTime and call_type / spend.</summary>
    public static FormatDetection DetectJson(ReadOnlySpan<byte> head)
    {
        var trimmed = head.TrimStart("\uFEFF"u8).TrimStart(" \t\r\n"u8);
        if (trimmed.IsEmpty || (trimmed[0] != '[' && trimmed[0] != '{') || trimmed.IndexOf("\"resourceSpans\""u8) >= 0)
        {
            return FormatDetection.No;
        }

        var hasId = trimmed.IndexOf("\"request_id\""u8) >= 0;
        var hasStart = trimmed.IndexOf("\"startTime\""u8) >= 0 || trimmed.IndexOf("\"start_time\""u8) >= 0;
        var hasLiteLlm = trimmed.IndexOf("\"call_type\""u8) >= 0 || trimmed.IndexOf("\"spend\""u8) >= 0
                         || trimmed.IndexOf("\"custom_llm_provider\""u8) >= 0;
        return hasId && hasStart && hasLiteLlm
            ? FormatDetection.Certain("JSON objects with LiteLLM spend-log properties")
            : FormatDetection.No;
    }
}
