using System.Text.RegularExpressions;
using ValueLedger.Core.Organisation;

namespace ValueLedger.Web.Tests.Security;

/// <summary>
/// What one bu-owner may and may not see in the demo organisation: a value of each parameter kind inside their
/// scope, values outside it (other units' objects), a value that does not exist, and the words that must never
/// appear in a response to them (other units' ids and names, their initiatives' ids and names, their owners).
/// </summary>
public sealed class DemoScope
{
    private readonly Dictionary<ParameterKind, string> own;
    private readonly Dictionary<ParameterKind, IReadOnlyList<string>> foreign;
    private readonly List<(string Word, Regex? Delimited)> forbidden = [];

    public DemoScope(Organisation organisation, IReadOnlySet<string> units, IReadOnlyDictionary<ParameterKind, string> common, IReadOnlyDictionary<string, long> outcomeByInitiative)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(common);
        ArgumentNullException.ThrowIfNull(outcomeByInitiative);
        var mine = organisation.Initiatives.Where(i => units.Contains(i.OwnerBu)).ToList();
        var others = organisation.Initiatives.Where(i => !units.Contains(i.OwnerBu)).ToList();
        var otherUnits = organisation.BusinessUnits.Where(b => !units.Contains(b.Id)).ToList();
        own = new Dictionary<ParameterKind, string>(common)
        {
            [ParameterKind.BusinessUnit] = units.Order(StringComparer.Ordinal).First(),
            [ParameterKind.Initiative] = (mine.FirstOrDefault(i => outcomeByInitiative.ContainsKey(i.Id)) ?? mine[0]).Id,
        };
        if (mine.Select(i => outcomeByInitiative.GetValueOrDefault(i.Id)).FirstOrDefault(id => id != 0) is var outcome and not 0)
        {
            own[ParameterKind.Outcome] = outcome.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        foreign = new Dictionary<ParameterKind, IReadOnlyList<string>>
        {
            [ParameterKind.BusinessUnit] = [.. otherUnits.Select(b => b.Id)],
            [ParameterKind.Initiative] = [.. others.Select(i => i.Id)],
            [ParameterKind.Outcome] = [.. others.Where(i => outcomeByInitiative.ContainsKey(i.Id)).Select(i => outcomeByInitiative[i.Id].ToString(System.Globalization.CultureInfo.InvariantCulture))],
        };
        var ownWords = organisation.BusinessUnits.Where(b => units.Contains(b.Id)).SelectMany(b => new[] { b.Id, b.Name, b.Owner })
            .Concat(mine.SelectMany(i => new[] { i.Id, i.Name, i.Sponsor })).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var words = otherUnits.SelectMany(b => new[] { b.Id, b.Name, b.Owner }).Concat(others.SelectMany(i => new[] { i.Id, i.Name, i.Sponsor }))
            .OfType<string>().Where(w => !ownWords.Contains(w)).Distinct(StringComparer.Ordinal);
        foreach (var word in words)
        {
            // Ids with a hyphen and multi-word names are distinctive anywhere; a single common word ("Sales", "finance",
            // "cto") counts only as a whole value: a JSON string, an attribute, a table cell or a query value.
            var distinctive = word.Length >= 8 && (word.Contains('-', StringComparison.Ordinal) || word.Contains(' ', StringComparison.Ordinal));
            forbidden.Add((word, distinctive ? null : new Regex($"""(?<=^|[>"'=/,\n\t(])\s*{Regex.Escape(word)}\s*(?=$|[<"'&/?,\r\n\t)])""", RegexOptions.CultureInvariant | RegexOptions.Multiline)));
        }
    }

    /// <summary>The forbidden words (for messages).</summary>
    public IEnumerable<string> ForbiddenWords => forbidden.Select(f => f.Word);

    /// <summary>A value of <paramref name="kind"/> the user may see (null when the demo has none).</summary>
    public string? Own(ParameterKind kind) => own.GetValueOrDefault(kind);

    /// <summary>Values of <paramref name="kind"/> owned by other units (empty for kinds that are not scoped by unit).</summary>
    public IReadOnlyList<string> Foreign(ParameterKind kind) => foreign.GetValueOrDefault(kind) ?? [];

    /// <summary>A value that exists nowhere; a foreign value must answer exactly like it.</summary>
    public static string Missing(ParameterKind kind) => kind == ParameterKind.Outcome ? "987654321" : "no-such-thing";

    /// <summary>The forbidden words found in <paramref name="body"/>, after removing <paramref name="asked"/> (the user's own input may be echoed).</summary>
    public IReadOnlyList<string> Leaks(string body, string? asked = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!string.IsNullOrEmpty(asked))
        {
            body = body.Replace(asked, "\u0001", StringComparison.Ordinal).Replace(Uri.EscapeDataString(asked), "\u0001", StringComparison.Ordinal);
        }

        return [.. forbidden.Where(f => f.Delimited is null ? body.Contains(f.Word, StringComparison.Ordinal) : f.Delimited.IsMatch(body)).Select(f => f.Word)];
    }
}
