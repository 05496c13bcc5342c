using System.Buffers;
using System.Text;
using System.Text.Json;
using ValueLedger.Core.Allocation;
using ValueLedger.Core.Allocation.Insight;

namespace ValueLedger.Importers.Export;

/// <summary>
/// The FOCUS 1.3 <c>AllocatedMethodDetails</c> object of an allocation row (see <see cref="AllocatedFocusCsv"/>):
/// <c>{"Elements":[{"AllocatedRatio":..,"UsageUnit":..,"UsageQuantity":..,"x_...":..}],"x_RuleKind":..,...}</c>.
/// </summary>
public static class AllocatedMethodDetails
{
    public static string Json(AllocationShare share, decimal? ratio)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("Elements");
            json.WriteStartObject();
            if (ratio is { } r)
            {
                json.WriteNumber("AllocatedRatio", Normal(r));
            }
            else
            {
                json.WriteNull("AllocatedRatio");
            }

            var basis = AllocationBasis.Parse(share.Details);
            switch (share.Method)
            {
                case AllocationMethods.Telemetry when basis.BasisCost is { } cost:
                    json.WriteString("UsageUnit", basis.BasisCurrency ?? share.Currency);
                    json.WriteNumber("UsageQuantity", Normal(cost));
                    Number(json, "x_BasisTotal", basis.BasisTotal);
                    Number(json, "x_BasisRecords", basis.BasisRecords);
                    if (basis.SameModel is { } same)
                    {
                        json.WriteBoolean("x_SameModel", same);
                    }

                    break;
                case AllocationMethods.Weights when basis.Weight is { } weight:
                    json.WriteString("UsageUnit", "Weight");
                    json.WriteNumber("UsageQuantity", Normal(weight));
                    break;
                case AllocationMethods.Even when basis.Parts is { } parts:
                    json.WriteString("UsageUnit", "Part");
                    json.WriteNumber("UsageQuantity", 1);
                    json.WriteNumber("x_Parts", parts);
                    break;
            }

            json.WriteEndObject();
            json.WriteEndArray();
            if (share.RuleKind is not null)
            {
                json.WriteString("x_RuleKind", share.RuleKind);
            }

            if (share.RuleVersion is { } version)
            {
                json.WriteNumber("x_RuleVersion", version);
            }

            json.WriteBoolean("x_Fallback", share.Fallback);
            if (share.Reason is not null)
            {
                json.WriteString("x_Reason", share.Reason);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, Normal(v));
        }
    }

    /// <summary>Trailing zeros off (DECIMAL(38,18) reads back with 18 decimals).</summary>
    private static decimal Normal(decimal value) => value / 1.000000000000000000000000000000000m;
}
