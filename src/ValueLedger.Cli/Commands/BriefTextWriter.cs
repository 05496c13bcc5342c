using ValueLedger.Cli.Output;
using ValueLedger.Core.Value;

namespace ValueLedger.Cli.Commands;

/// <summary>The sponsor brief as plain text (the table form): sections of sentences, then the expected curve as a compact table.</summary>
internal static class BriefTextWriter
{
    public static void Write(TextWriter writer, BriefView view)
    {
        var state = view.State;
        var d = view.Declaration;
        writer.WriteLine(view.Title);
        writer.WriteLine(view.SignatureText);
        writer.WriteLine();
        writer.WriteLine($"owner business unit: {state.Initiative.OwnerBu}; sponsor: {state.Initiative.Sponsor ?? "(none declared)"}; stage: {KebabCase.Of(state.Stage)}");
        writer.WriteLine();
        writer.WriteLine("Expected returns");
        writer.WriteLine($"  {view.LagText}.");
        writer.WriteLine($"  {view.DipText}.");
        writer.WriteLine($"  {view.BandText}.");
        writer.WriteLine($"  {view.BelowBandText}.");
        writer.WriteLine();
        writer.WriteLine("What will be measured");
        writer.WriteLine($"  {view.MeasurementText}.");
        writer.WriteLine();
        writer.WriteLine($"Production readiness: {BriefView.ReadinessText}");
        foreach (var control in Enum.GetValues<ReadinessControl>())
        {
            writer.WriteLine($"  {KebabCase.Of(control),-22} {KebabCase.Of(state.StateOf(control))}");
        }

        writer.WriteLine();
        writer.WriteLine($"Scoreboard: {BriefView.ScoreboardText}");
        foreach (var m in BriefView.JudgedMetrics)
        {
            writer.WriteLine($"  judged  {m.Name} ({KebabCase.Of(m.Rung)}, {m.Unit})");
        }

        foreach (var m in BriefView.ShownMetrics)
        {
            writer.WriteLine($"  shown   {m.Name} ({KebabCase.Of(m.Rung)}, {m.Unit}) — not scored");
        }

        writer.WriteLine();
        writer.WriteLine($"Expected curve ({d.Currency}; t = 0 is {BriefView.Month(d.StartMonth)})");
        string[] headings = ["Month", "t", "Expected net", "Expected cumulative", "Band low", "Band high"];
        var rows = view.Points.Select(p => new[]
        {
            BriefView.Month(p.MonthStart), BriefView.Count(p.Month), MoneyText.Table(p.ExpectedNet), MoneyText.Table(p.ExpectedCumulative),
            MoneyText.Table(p.BandLow), MoneyText.Table(p.BandHigh),
        }).ToList();
        var widths = headings.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        writer.WriteLine(Line(headings, widths));
        foreach (var row in rows)
        {
            writer.WriteLine(Line(row, widths));
        }
    }

    /// <summary>The first column left-aligned, numbers right-aligned.</summary>
    private static string Line(string[] cells, int[] widths) =>
        "  " + string.Join("  ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i])));
}
