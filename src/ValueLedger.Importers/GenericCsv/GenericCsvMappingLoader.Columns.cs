using YamlDotNet.RepresentationModel;

namespace ValueLedger.Importers.GenericCsv;

/// <summary>The <c>columns:</c> and <c>tags:</c> sections.</summary>
internal static partial class GenericCsvMappingLoader
{
    /// <summary>snake_case key in the mapping file per field.</summary>
    internal static string KeyOf(GenericField field) => field switch
    {
        GenericField.Timestamp => "timestamp",
        GenericField.PeriodEnd => "period_end",
        GenericField.Provider => "provider",
        GenericField.Model => "model",
        GenericField.Requests => "requests",
        GenericField.InputTokens => "input_tokens",
        GenericField.CachedReadTokens => "cached_read_tokens",
        GenericField.CacheWriteTokens => "cache_write_tokens",
        GenericField.OutputTokens => "output_tokens",
        GenericField.ReasoningTokens => "reasoning_tokens",
        GenericField.Cost => "cost",
        GenericField.Currency => "currency",
        GenericField.Team => "team",
        GenericField.Project => "project",
        GenericField.ApiKey => "api_key",
        GenericField.User => "user",
        GenericField.Agent => "agent",
        GenericField.RecordKey => "record_key",
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    private static string? ReadColumns(string path, YamlNode node, Dictionary<GenericField, string> columns)
    {
        if (node is not YamlMappingNode mapping)
        {
            return $"mapping file {path}, line {node.Start.Line}: columns must map ledger fields to CSV column names (timestamp: ts ...)";
        }

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            var field = Enum.GetValues<GenericField>().Cast<GenericField?>().FirstOrDefault(f => KeyOf(f!.Value) == key);
            if (field is null)
            {
                var known = string.Join(", ", Enum.GetValues<GenericField>().Select(KeyOf));
                return $"mapping file {path}, line {keyNode.Start.Line}: unknown column field '{key}' (expected one of {known})";
            }

            if (valueNode is not YamlScalarNode { Value: { Length: > 0 } column } || string.IsNullOrWhiteSpace(column))
            {
                return $"mapping file {path}, line {keyNode.Start.Line}: columns.{key} must name a CSV column";
            }

            columns[field.Value] = column.Trim();
        }

        return null;
    }

    private static string? ReadTags(string path, YamlNode node, List<string> tags)
    {
        if (node is not YamlSequenceNode sequence)
        {
            return $"mapping file {path}, line {node.Start.Line}: tags must be a list of CSV column names ([cost_center, env])";
        }

        foreach (var item in sequence.Children)
        {
            if (item is not YamlScalarNode { Value: { Length: > 0 } column } || string.IsNullOrWhiteSpace(column))
            {
                return $"mapping file {path}, line {item.Start.Line}: each tag must name a CSV column";
            }

            tags.Add(column.Trim());
        }

        return null;
    }
}
