using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace ValueLedger.Importers.Organisation;

internal sealed partial class OrganisationFileParser
{
    /// <summary>The mapping's values by key; an unknown or repeated key is an error at its line.</summary>
    private static Dictionary<string, YamlNode> Fields(YamlNode node, string[] allowed, string what = "an entry")
    {
        var map = node as YamlMappingNode ?? throw Fail(node, $"{what} must be a mapping of keys to values");
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

    private static string Required(YamlNode map, Dictionary<string, YamlNode> fields, string key) =>
        fields.TryGetValue(key, out var node) ? Text(node, key) : throw Fail(map, $"missing '{key}'");

    private static string? Optional(Dictionary<string, YamlNode> fields, string key) =>
        fields.TryGetValue(key, out var node) && !IsNull(node) ? Text(node, key) : null;

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode scalar && (scalar.Value is null
            || (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL"));

    /// <summary>A scalar's text, trimmed; null, <c>~</c> and blank count as missing.</summary>
    private static string Text(YamlNode node, string key)
    {
        if (node is not YamlScalarNode scalar)
        {
            throw Fail(node, $"'{key}' must be a single value, not a list or mapping");
        }

        return IsNull(node) || string.IsNullOrWhiteSpace(scalar.Value) ? throw Fail(node, $"'{key}' has no value") : scalar.Value!.Trim();
    }

    private static int Integer(Dictionary<string, YamlNode> fields, string key, int fallback)
    {
        if (!fields.TryGetValue(key, out var node))
        {
            return fallback;
        }

        var text = Text(node, key);
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Fail(node, $"'{key}' must be a whole number, not '{Cut(text)}'");
    }

    private static DateOnly? Date(Dictionary<string, YamlNode> fields, string key)
    {
        if (!fields.TryGetValue(key, out var node) || IsNull(node))
        {
            return null;
        }

        var text = Text(node, key);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Fail(node, $"'{key}' must be a date YYYY-MM-DD, not '{Cut(text)}'");
    }

    private static TEnum Enum<TEnum>(Dictionary<string, YamlNode> fields, string key, TEnum fallback)
        where TEnum : struct, System.Enum
    {
        if (!fields.TryGetValue(key, out var node))
        {
            return fallback;
        }

        var text = Text(node, key);
        var names = string.Join("|", System.Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()));
        return System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value) && !text.Any(char.IsDigit)
            ? value
            : throw Fail(node, $"'{key}' must be one of {names}, not '{Cut(text)}'");
    }

    private static bool Boolean(YamlNode map, Dictionary<string, YamlNode> fields, string key) =>
        fields.ContainsKey(key) ? Flag(fields, key) : throw Fail(map, $"missing '{key}'");

    /// <summary>An optional true/false (also yes/no) value; absent = false.</summary>
    private static bool Flag(Dictionary<string, YamlNode> fields, string key)
    {
        if (!fields.TryGetValue(key, out var node))
        {
            return false;
        }

        return Text(node, key).ToLowerInvariant() switch
        {
            "true" or "yes" => true,
            "false" or "no" => false,
            var other => throw Fail(node, $"'{key}' must be true or false, not '{Cut(other)}'"),
        };
    }

    /// <summary>A weight as an exact decimal (invariant culture), never through <see cref="double"/>.</summary>
    private static decimal Weight(YamlNode node)
    {
        var text = Text(node, "weight");
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Fail(node, $"'weight' must be a decimal number such as 0.25, not '{Cut(text)}'");
    }

    private static string Cut(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 60), "…");
}
