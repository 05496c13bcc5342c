using nietras.SeparatedValues;
using ValueLedger.Core.Ledger;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ValueLedger.Importers.GenericCsv;

/// <summary>
/// Reads a mapping file through YamlDotNet's representation model, so that every problem, syntax or
/// meaning, is reported with the line it is on.
/// </summary>
internal static partial class GenericCsvMappingLoader
{
    /// <summary>Loads and checks the mapping at <paramref name="path"/>.</summary>
    /// <param name="error">"mapping file X, line N: reason" when false.</param>
    public static bool TryLoad(string? path, out GenericCsvMapping? mapping, out string? error)
    {
        mapping = null;
        if (string.IsNullOrWhiteSpace(path))
        {
            error = "no mapping file given: the generic-csv format needs a YAML mapping file (--mapping)";
            return false;
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = $"mapping file {path}: cannot be read ({ex.Message})";
            return false;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                error = $"mapping file {path}, line 1: expected a YAML mapping (provider:, columns: ...)";
                return false;
            }

            return TryRead(path, root, out mapping, out error);
        }
        catch (YamlException ex)
        {
            error = $"mapping file {path}, line {ex.Start.Line}: {ex.Message}";
            return false;
        }
    }

    private static bool TryRead(string path, YamlMappingNode root, out GenericCsvMapping? mapping, out string? error)
    {
        mapping = null;
        string? provider = null, timestampFormat = null;
        var currency = "USD";
        var delimiter = ',';
        TimeSpan? period = null;
        var inputIncludesCached = false;
        var columns = new Dictionary<GenericField, string>();
        var tags = new List<string>();

        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            string? Fail(string reason) => $"mapping file {path}, line {keyNode.Start.Line}: {reason}";
            error = key switch
            {
                "provider" => Scalar(valueNode, out provider) ? null : Fail("provider must be a text"),
                "currency" => Scalar(valueNode, out var c) && CurrencyCodes.TryNormalize(c, out currency) ? null : Fail($"currency '{c}' is not an ISO 4217 code"),
                "delimiter" => Scalar(valueNode, out var d) && TryDelimiter(d, out delimiter) ? null : Fail($"delimiter '{d}' must be one character Sep can split on (e.g. , ; | or a tab)"),
                "timestamp_format" => Scalar(valueNode, out timestampFormat) ? null : Fail("timestamp_format must be a text"),
                "period" => Scalar(valueNode, out var p) && TryPeriod(p, out period) ? null : Fail($"period '{p}' must be second, minute, hour or day"),
                "input_includes_cached" => Scalar(valueNode, out var b) && bool.TryParse(b, out inputIncludesCached) ? null : Fail("input_includes_cached must be true or false"),
                "columns" => ReadColumns(path, valueNode, columns),
                "tags" => ReadTags(path, valueNode, tags),
                _ => Fail($"unknown setting '{key}' (expected provider, currency, delimiter, timestamp_format, period, input_includes_cached, columns, tags)"),
            };
            if (error is not null)
            {
                return false;
            }
        }

        if (!columns.ContainsKey(GenericField.Timestamp))
        {
            error = $"mapping file {path}, line {root.Start.Line}: columns.timestamp is required";
            return false;
        }

        if (!columns.ContainsKey(GenericField.PeriodEnd) && period is null)
        {
            error = $"mapping file {path}, line {root.Start.Line}: without a columns.period_end, 'period' (second, minute, hour or day) must say how long each row covers";
            return false;
        }

        mapping = new GenericCsvMapping
        {
            Path = path,
            Provider = string.IsNullOrWhiteSpace(provider) ? null : ProviderNames.Canonicalize(provider),
            Currency = currency,
            Delimiter = delimiter,
            TimestampFormat = string.IsNullOrWhiteSpace(timestampFormat) ? null : timestampFormat,
            Period = period,
            InputIncludesCached = inputIncludesCached,
            Columns = columns,
            Tags = tags,
        };
        error = null;
        return true;
    }

    private static bool Scalar(YamlNode node, out string? value)
    {
        value = (node as YamlScalarNode)?.Value;
        return node is YamlScalarNode;
    }

    private static bool TryDelimiter(string? text, out char delimiter)
    {
        delimiter = text is { Length: 1 } ? text[0] : text == "\\t" ? '\t' : '\0';
        try
        {
            _ = new Sep(delimiter);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool TryPeriod(string? text, out TimeSpan? period)
    {
        period = text?.Trim().ToLowerInvariant() switch
        {
            "second" => TimeSpan.FromSeconds(1),
            "minute" => TimeSpan.FromMinutes(1),
            "hour" => TimeSpan.FromHours(1),
            "day" => TimeSpan.FromDays(1),
            _ => null,
        };
        return period is not null;
    }
}
