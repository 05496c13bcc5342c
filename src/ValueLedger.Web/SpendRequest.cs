using System.Globalization;
using ValueLedger.Core.Storage;

namespace ValueLedger.Web;

/// <summary>
/// The spend question from query parameters, as <c>valueledger spend</c> takes it: <c>by</c> (comma-separated
/// dimensions, up to <see cref="MaxGroupings"/>), <c>from</c>/<c>to</c> (YYYY-MM-DD, half-open), <c>scope</c> (ai or all).
/// Shared by <c>/api/spend</c> and the spend explorer so both ask the store the same thing.
/// </summary>
internal static class SpendRequest
{
    public const string Dimensions = "provider, account, service, model, day, month, source, tag:KEY";

    /// <summary>At most this many dimensions at once (the explorer's form offers three).</summary>
    public const int MaxGroupings = 3;

    /// <summary>The query, or the parameter at fault and why.</summary>
    public static (SpendQuery? Query, string? Parameter, string? Problem) Parse(string? by, string? from, string? to, string? scope)
    {
        var groupings = new List<SpendGrouping>();
        foreach (var part in (by ?? "provider").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith("tag:", StringComparison.OrdinalIgnoreCase) && part.Length > 4)
            {
                groupings.Add(new SpendGrouping(SpendDimension.Tag, part[4..]));
            }
            else if (Enum.TryParse<SpendDimension>(part, ignoreCase: true, out var d) && d != SpendDimension.Tag && !int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                groupings.Add(new SpendGrouping(d));
            }
            else
            {
                return (null, "by", $"'{part}' is not a dimension; use {Dimensions}");
            }
        }

        if (groupings.Count > MaxGroupings)
        {
            return (null, "by", $"group by at most {MaxGroupings} dimensions");
        }

        if (groupings.Count == 0)
        {
            groupings.Add(new SpendGrouping(SpendDimension.Provider));
        }

        var spendScope = (scope ?? "ai").ToLowerInvariant() switch
        {
            "ai" => SpendScope.Ai,
            "all" => SpendScope.All,
            _ => (SpendScope?)null,
        };
        if (spendScope is null)
        {
            return (null, "scope", $"'{scope}' is not a scope; use ai or all");
        }

        if (!TryDay(from, out var start))
        {
            return (null, "from", $"'{from}' is not a date; use YYYY-MM-DD");
        }

        if (!TryDay(to, out var end))
        {
            return (null, "to", $"'{to}' is not a date; use YYYY-MM-DD");
        }

        return (new SpendQuery(groupings, start, end, spendScope.Value), null, null);
    }

    /// <summary>Totals per currency (ordinal order): cost and, of it, the estimate no bill covers. Currencies are never added together.</summary>
    public static IReadOnlyList<SpendTotalDto> Totals(IReadOnlyList<SpendRow> rows) =>
        [.. rows.GroupBy(r => r.Currency, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SpendTotalDto(g.Key, Money.Exact(g.Sum(r => r.Cost)), Money.Exact(g.Sum(r => r.EstimatedUncovered))))];

    private static bool TryDay(string? text, out DateTime? day)
    {
        day = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (ApiProblems.TryDay(text, out var parsed))
        {
            day = parsed;
            return true;
        }

        return false;
    }
}
