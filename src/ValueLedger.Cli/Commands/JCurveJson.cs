using System.Text.Json;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.JCurve;

namespace ValueLedger.Cli.Commands;

/// <summary>A J-curve declaration as JSON (money as exact strings, months as numbers), shared by <c>initiative show</c> and <c>jcurve</c>.</summary>
internal static class JCurveJson
{
    public static void WriteDeclaration(Utf8JsonWriter json, JCurveDeclaration j)
    {
        json.WriteStartObject();
        WriteFields(json, j);
        json.WriteEndObject();
    }

    public static void WriteFields(Utf8JsonWriter json, JCurveDeclaration j)
    {
        json.WriteNumber("version", j.Version);
        json.WriteString("start", j.StartMonth.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("monthlyCost", MoneyText.Exact(j.MonthlyCost));
        json.WriteNumber("troughMonth", j.TroughMonth);
        json.WriteString("troughDepth", MoneyText.Exact(j.TroughDepth));
        json.WriteNumber("maturityMonth", j.MaturityMonth);
        json.WriteString("targetNet", MoneyText.Exact(j.TargetMonthlyNet));
        json.WriteString("tolerance", MoneyText.Exact(j.Tolerance));
        json.WriteString("currency", j.Currency);
        if (JCurveMath.ExpectedBreakEvenMonth(j) is { } breakEven)
        {
            json.WriteNumber("breakEvenMonth", breakEven);
        }
        else
        {
            json.WriteNull("breakEvenMonth");
        }

        json.WriteString("declaredBy", j.DeclaredBy);
        json.WriteString("declaredAt", MoneyText.Timestamp(j.DeclaredAt));
        json.WriteString("signedBy", j.SignedBy);
        json.WriteString("signedAt", j.SignedAt is { } at ? MoneyText.Timestamp(at) : null);
    }
}
