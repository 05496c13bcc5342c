namespace ValueLedger.Cli.Demo;

/// <summary>Usage summed per day, model, project and token direction: what the bills are made from.</summary>
internal sealed class BillAggregate
{
    private readonly Dictionary<(DateTime Day, string Model, string Project, TokenDirection Direction), (long Tokens, decimal Cost)> _lines = [];

    public void Add(DateTime day, string model, string project, TokenDirection direction, long tokens, decimal cost)
    {
        if (tokens == 0)
        {
            return;
        }

        var key = (day, model, project, direction);
        var current = _lines.GetValueOrDefault(key);
        _lines[key] = (current.Tokens + tokens, current.Cost + cost);
    }

    /// <summary>Lines in a stable order (day, model, project, direction).</summary>
    public IEnumerable<(DateTime Day, string Model, string Project, TokenDirection Direction, long Tokens, decimal Cost)> Lines =>
        _lines.OrderBy(l => l.Key.Day).ThenBy(l => l.Key.Model, StringComparer.Ordinal).ThenBy(l => l.Key.Project, StringComparer.Ordinal).ThenBy(l => l.Key.Direction)
            .Select(l => (l.Key.Day, l.Key.Model, l.Key.Project, l.Key.Direction, l.Value.Tokens, l.Value.Cost));
}

/// <summary>Which tokens a bill line charges for.</summary>
internal enum TokenDirection
{
    Input,
    CachedInput,
    Output,
}
