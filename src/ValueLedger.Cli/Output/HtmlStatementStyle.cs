namespace ValueLedger.Cli.Output;

/// <summary>The inline style sheet of the HTML statements: readable on screen, one business unit per printed page.</summary>
internal static class HtmlStatementStyle
{
    public const string Css = """
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; margin: 2rem; line-height: 1.4; }
        h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.25rem; margin: .5rem 0; }
        h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
        .meta, .id { color: #555; font-size: .9rem; }
        .warning { border-left: 4px solid #b45309; background: #fff7ed; padding: .5rem .75rem; }
        .statement { border: 1px solid #ccc; border-radius: 6px; padding: 1rem 1.25rem; margin: 1.5rem 0; }
        .banner { font-weight: 700; letter-spacing: .05em; padding: .4rem .75rem; border-radius: 4px; display: inline-block; }
        .billable .banner { background: #7f1d1d; color: #fff; }
        .informational .banner { background: #e0f2fe; color: #075985; }
        .note { border-left: 4px solid #b45309; padding-left: .75rem; }
        table { border-collapse: collapse; margin: .25rem 0; min-width: 50%; }
        th, td { border-bottom: 1px solid #ddd; padding: .25rem .75rem; text-align: left; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .how-to-read { font-size: .8rem; color: #444; margin-top: 1rem; }
        .how-to-read dt { font-weight: 600; }
        .how-to-read dd { margin: 0 0 .25rem 1rem; }
        @media print {
            body { margin: 0; font-size: 10pt; }
            .statement { border: none; padding: 0; margin: 0; page-break-after: always; break-after: page; }
            .statement:last-of-type { page-break-after: auto; break-after: auto; }
            .billable .banner, .informational .banner { border: 2px solid #000; background: none; color: #000; }
            table { page-break-inside: avoid; break-inside: avoid; }
        }
        """;
}
