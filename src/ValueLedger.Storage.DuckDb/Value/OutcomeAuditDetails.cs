using System.Globalization;
using System.Text;
using System.Text.Json;
using ValueLedger.Core.Value;

namespace ValueLedger.Storage.DuckDb.Value;

/// <summary>The audit entries' details (JSON text): what was agreed or recorded; for imports the file name and SHA-256.</summary>
internal static class OutcomeAuditDetails
{
    public static string Of(AttributionAgreement agreement) => Write(json =>
    {
        json.WriteString("method", KebabCase.Of(agreement.Method));
        json.WriteString("metricDefinition", agreement.MetricDefinition);
        json.WriteString("valuePerOutcome", Exact(agreement.ValuePerOutcome));
        json.WriteString("currency", agreement.Currency);
    });

    public static string Of(OutcomeClaim claim, string? fileName, string? sha256) => Write(json =>
    {
        json.WriteString("initiative", claim.Initiative);
        json.WriteString("periodStart", claim.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("periodEnd", claim.PeriodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteNumber("successful", claim.Successful);
        json.WriteNumber("failed", claim.Failed);
        if (claim.Value is { } value)
        {
            json.WriteString("value", Exact(value));
        }
        else
        {
            json.WriteNull("value");
        }

        json.WriteString("currency", claim.Currency);
        if (claim.Corrects is { } corrects)
        {
            json.WriteNumber("corrects", corrects);
        }

        if (sha256 is not null)
        {
            json.WriteString("file", fileName);
            json.WriteString("sha256", sha256);
        }
    });

    private static string Exact(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
