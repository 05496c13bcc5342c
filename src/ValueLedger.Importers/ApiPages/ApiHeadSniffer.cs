using System.Text.Json;

namespace ValueLedger.Importers.ApiPages;

/// <summary>
/// Reads the head of an input (possibly cut anywhere) as far as it is valid JSON and collects
/// property names, <c>object</c> type names and the kind of <c>amount</c>. Never throws.
/// </summary>
internal static class ApiHeadSniffer
{
    private const int MaxTokens = 20_000;
    private const int MaxNames = 500;

    public static ApiHeadSummary Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }

        var trimmed = head.TrimStart(" \t\r\n"u8);
        if (trimmed.IsEmpty || (trimmed[0] != (byte)'{' && trimmed[0] != (byte)'['))
        {
            return ApiHeadSummary.NotJson;
        }

        var summary = new ApiHeadSummary { IsJson = true };
        var reader = new Utf8JsonReader(trimmed, isFinalBlock: false, new JsonReaderState(new JsonReaderOptions { AllowMultipleValues = true }));
        try
        {
            for (var i = 0; i < MaxTokens && reader.Read(); i++)
            {
                if (reader.TokenType != JsonTokenType.PropertyName || reader.ValueSpan.Length > 64 || summary.Names.Count >= MaxNames)
                {
                    continue;
                }

                var name = reader.GetString()!;
                summary.Names.Add(name);
                if (!reader.Read())
                {
                    break;
                }

                if (name == "object" && reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length <= 64)
                {
                    summary.ObjectTypes.Add(reader.GetString()!);
                }
                else if (name == "amount")
                {
                    summary.AmountIsString |= reader.TokenType == JsonTokenType.String;
                    summary.AmountIsObject |= reader.TokenType == JsonTokenType.StartObject;
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON past this point: what was read so far still counts.
        }
        catch (InvalidOperationException)
        {
            // A name that is not valid UTF-8: same.
        }

        return summary;
    }
}
