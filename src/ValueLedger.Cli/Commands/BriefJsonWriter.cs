using System.Text;
using System.Text.Json;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Metrics;

namespace ValueLedger.Cli.Commands;

/// <summary>The sponsor brief as JSON (docs/cli-json.md): money as exact strings, month indexes as numbers, months as YYYY-MM.</summary>
internal static class BriefJsonWriter
{
    public static void Write(TextWriter writer, BriefView view)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            var state = view.State;
            json.WriteStartObject();
            json.WriteStartObject("initiative");
            json.WriteString("id", state.Initiative.Id);
            json.WriteString("name", state.Initiative.Name);
            json.WriteString("ownerBu", state.Initiative.OwnerBu);
            json.WriteString("sponsor", state.Initiative.Sponsor);
            json.WriteString("stage", KebabCase.Of(state.Stage));
            json.WriteEndObject();
            json.WriteBoolean("draft", !view.Signed);
            json.WriteString("signature", view.SignatureText);
            json.WriteStartObject("jcurve");
            JCurveJson.WriteFields(json, view.Declaration);
            json.WriteEndObject();
            WriteMonth(json, "breakEvenMonth", view.BreakEvenMonth, view);
            json.WriteString("lag", view.LagText);
            WriteMonth(json, "troughMonth", view.Declaration.TroughMonth, view);
            WriteMonth(json, "maturityMonth", view.Declaration.MaturityMonth, view);
            json.WriteString("dip", view.DipText);
            json.WriteString("band", view.BandText);
            WriteMonth(json, "laggardFromMonth", view.LaggardFromMonth, view);
            json.WriteString("belowBand", view.BelowBandText);
            WriteMeasurement(json, view);
            WriteReadiness(json, view);
            WriteScoreboard(json, view);
            WriteCurve(json, view);
            json.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary><c>"name": {"index": t, "month": "YYYY-MM"}</c>, or null.</summary>
    private static void WriteMonth(Utf8JsonWriter json, string name, int? index, BriefView view)
    {
        if (index is not { } t)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteNumber("index", t);
        json.WriteString("month", view.MonthName(t));
        json.WriteEndObject();
    }

    private static void WriteMeasurement(Utf8JsonWriter json, BriefView view)
    {
        json.WriteStartObject("measurement");
        var a = view.State.Agreement;
        json.WriteBoolean("agreed", a is not null);
        json.WriteString("method", a is null ? null : KebabCase.Of(a.Method));
        json.WriteString("metricDefinition", a?.MetricDefinition);
        json.WriteString("valuePerOutcome", a is null ? null : MoneyText.Exact(a.ValuePerOutcome));
        json.WriteString("currency", a?.Currency);
        json.WriteString("approver", a?.Approver);
        json.WriteString("agreedAt", a is null ? null : MoneyText.Timestamp(a.AgreedAt));
        json.WriteString("text", view.MeasurementText);
        json.WriteEndObject();
    }

    private static void WriteReadiness(Utf8JsonWriter json, BriefView view)
    {
        json.WriteStartArray("readiness");
        foreach (var control in Enum.GetValues<ReadinessControl>())
        {
            var entry = view.State.Readiness.GetValueOrDefault(control);
            json.WriteStartObject();
            json.WriteString("control", KebabCase.Of(control));
            json.WriteString("state", KebabCase.Of(view.State.StateOf(control)));
            json.WriteString("evidence", entry?.EvidenceLink);
            json.WriteString("reason", entry?.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteScoreboard(Utf8JsonWriter json, BriefView view)
    {
        json.WriteStartObject("scoreboard");
        json.WriteString("text", BriefView.ScoreboardText);
        WriteMetrics(json, "judgedOn", BriefView.JudgedMetrics);
        WriteMetrics(json, "shownNotScored", BriefView.ShownMetrics);
        json.WriteEndObject();
    }

    private static void WriteMetrics(Utf8JsonWriter json, string name, IReadOnlyList<MetricDefinition> metrics)
    {
        json.WriteStartArray(name);
        foreach (var m in metrics)
        {
            json.WriteStartObject();
            json.WriteString("id", m.Id);
            json.WriteString("name", m.Name);
            json.WriteString("rung", KebabCase.Of(m.Rung));
            json.WriteString("unit", m.Unit);
            json.WriteString("definition", m.Definition);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCurve(Utf8JsonWriter json, BriefView view)
    {
        json.WriteStartArray("curve");
        foreach (var p in view.Points)
        {
            json.WriteStartObject();
            json.WriteString("month", BriefView.Month(p.MonthStart));
            json.WriteNumber("monthIndex", p.Month);
            json.WriteString("expectedNet", MoneyText.Exact(p.ExpectedNet));
            json.WriteString("expectedCumulative", MoneyText.Exact(p.ExpectedCumulative));
            json.WriteString("bandLow", MoneyText.Exact(p.BandLow));
            json.WriteString("bandHigh", MoneyText.Exact(p.BandHigh));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
