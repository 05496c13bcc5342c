using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace ValueLedger.Importers.Pricing;

internal sealed partial class PriceFileParser
{
    /// <summary>The mapping's values by key; an unknown or repeated key is an error at its line.</summary>
    private Dictionary<string, YamlNode> Fields(YamlMappingNode map, string[] allowed)
    {
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            var key = keyNode is YamlScalarNode { Value: { } k } ? k : throw Fail(keyNode, "keys must be plain names");
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                throw Fail(keyNode, $"unknown key '{Cut(key)}'; expected one of: {string.Join(", ", allowed)}");
            }

            if (!fields.TryAdd(key, value))
            {
                throw Fail(keyNode, $"'{key}' is given twice");
            }
        }

        return fields;
    }

    private YamlNode Required(YamlMappingNode map, Dictionary<string, YamlNode> fields, string key) =>
        fields.TryGetValue(key, out var node) ? node : throw Fail(map, $"missing '{key}'");

    /// <summary>A scalar's text; null, <c>~</c> and empty count as missing.</summary>
    private string Text(YamlNode node, string key)
    {
        if (node is not YamlScalarNode scalar)
        {
            throw Fail(node, $"'{key}' must be a single value, not a list or mapping");
        }

        var isNull = scalar.Value is null
            || (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL");
        return isNull ? throw Fail(node, $"'{key}' has no value") : scalar.Value!;
    }

    /// <summary>One value or a list of values (<c>provider: openai</c> or <c>provider: [openai, azure]</c>).</summary>
    private IReadOnlyList<string> Strings(YamlNode node, string key)
    {
        if (node is YamlSequenceNode list)
        {
            return list.Children.Count > 0
                ? [.. list.Children.Select(child => Text(child, key))]
                : throw Fail(node, $"'{key}' is an empty list");
        }

        return [Text(node, key)];
    }

    /// <summary>
    /// A per-token price from the scalar's text, invariant culture, exponents allowed (<c>2.5e-06</c>);
    /// parsed straight to <see cref="decimal"/>, never through <see cref="double"/>.
    /// </summary>
    private decimal Price(YamlNode node, string key)
    {
        var text = Text(node, key);
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var price))
        {
            throw Fail(node, $"'{key}' is not a number: '{Cut(text)}'");
        }

        return price >= 0 ? price : throw Fail(node, $"'{key}' is negative ({Cut(text)}); prices cannot be negative");
    }

    private long Count(YamlNode node, string key)
    {
        var text = Text(node, key);
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : throw Fail(node, $"'{key}' must be a whole, non-negative number of tokens: '{Cut(text)}'");
    }

    private DateOnly Date(YamlNode node, string key)
    {
        var text = Text(node, key);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Fail(node, $"'{key}' is not a date in the form yyyy-MM-dd: '{Cut(text)}'");
    }

    private PriceBookException Fail(YamlNode node, string reason) => new(sourceName, Math.Max(1, node.Start.Line), reason);

    /// <summary>Keeps a huge scalar out of the message.</summary>
    private static string Cut(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 80), "…");
}
