using System.Text;
using System.Text.Json;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Allocation.Insight;

namespace ValueLedger.Cli.Commands;

/// <summary>JSON output of the allocation-insight commands: money as exact strings, absent values as null.</summary>
internal static class InsightJson
{
    public static void Write(TextWriter writer, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    public static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    public static void Money(Utf8JsonWriter json, string name, decimal? value) => Text(json, name, value is { } v ? MoneyText.Exact(v) : null);

    public static void Share(Utf8JsonWriter json, AllocationShare share)
    {
        json.WriteStartObject();
        Text(json, "bu", share.Bu);
        Text(json, "initiative", share.Initiative);
        Money(json, "amount", share.Amount);
        json.WriteString("currency", share.Currency);
        json.WriteString("lineKind", share.LineKind);
        json.WriteString("method", share.Method);
        json.WriteString("shareKind", share.ShareKind);
        Text(json, "ruleKind", share.RuleKind);
        Text(json, "ruleId", share.RuleId);
        if (share.RuleVersion is { } version)
        {
            json.WriteNumber("ruleVersion", version);
        }
        else
        {
            json.WriteNull("ruleVersion");
        }

        json.WriteBoolean("fallback", share.Fallback);
        Text(json, "reason", share.Reason);
        json.WriteString("explanation", AllocationShareText.Describe(share));
        if (share.Details is { } details && IsJsonObject(details))
        {
            json.WritePropertyName("details");
            json.WriteRawValue(details);
        }
        else
        {
            json.WriteNull("details");
        }

        json.WriteEndObject();
    }

    private static bool IsJsonObject(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
