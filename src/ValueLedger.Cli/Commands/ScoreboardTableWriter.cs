using Spectre.Console;

namespace ValueLedger.Cli.Commands;

/// <summary>The console form of the scoreboard: the scored table, the gaming flags, then activity in its own "not scored" table.</summary>
internal static class ScoreboardTableWriter
{
    public static void Write(IAnsiConsole console, ScoreboardView view)
    {
        console.WriteLine(view.Title);
        var scored = Table("Scored", ScoreboardView.ScoredHeadings, view.ScoredLines());
        scored.Caption("Coverage: attribution coverage; its change in percentage points. Cost per successful outcome: spend-weighted change, a fall is good. n/a = undefined.");
        console.Write(scored);

        var flags = view.Flags().ToList();
        console.WriteLine(flags.Count == 0 ? "Gaming flags: none." : "Gaming flags:");
        foreach (var (unit, kind, explanation) in flags)
        {
            console.WriteLine($"  {unit}: {kind} — {explanation}");
        }

        console.WriteLine();
        console.Write(Table("Activity — shown, not scored", ScoreboardView.ActivityHeadings, view.ActivityLines()));
    }

    private static Table Table(string title, IReadOnlyList<string> headings, IEnumerable<string[]> lines)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        for (var i = 0; i < headings.Count; i++)
        {
            var column = new TableColumn(Markup.Escape(headings[i]));
            if (i > 0)
            {
                column.RightAligned();
            }

            table.AddColumn(column);
        }

        foreach (var line in lines)
        {
            table.AddRow(line.Select(cell => (Spectre.Console.Rendering.IRenderable)new Text(cell)).ToArray());
        }

        return table;
    }
}
