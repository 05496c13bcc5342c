using ValueLedger.Core.Ledger;
using ValueLedger.Core.Pricing;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ValueLedger.Importers.Pricing;

/// <summary>
/// Turns one price file (the schema is documented at the top of <c>default-prices.yaml</c>) into
/// <see cref="PriceEntry"/> values, one per model pattern. Any fault is a
/// <see cref="PriceBookException"/> naming the source, the line and the reason.
/// </summary>
internal sealed partial class PriceFileParser(string sourceName)
{
    private static readonly string[] RootKeys = ["version", "prices"];

    private static readonly string[] EntryKeys =
        ["provider", "model", "effective_from", "input", "cached_read", "cache_write", "output", "currency", "tiers", "note"];

    private static readonly string[] TierKeys =
        ["name", "input_tokens_above", "service_tier", "input", "cached_read", "cache_write", "output", "note"];

    public IReadOnlyList<PriceEntry> Parse(TextReader reader)
    {
        // Price files are small (the loader caps them): reading the text first lets an error at the
        // very end be placed on the last line.
        var text = reader.ReadToEnd();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            // YamlDotNet can place an error at the end of the stream one line past the text.
            var line = Math.Clamp(e.Start.Line, 1, LastLine(text));
            throw new PriceBookException(sourceName, line, $"invalid YAML: {InnermostMessage(e)}", e);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner throws this, without a position, when the text ends inside a flow
            // collection ("[a, b" or "{a: 1").
            throw new PriceBookException(
                sourceName, LastLine(text), "invalid YAML: the file ends inside an unclosed '[' or '{'", e);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            throw new PriceBookException(sourceName, 1, "the file is empty; expected a mapping with a 'prices' list");
        }

        if (stream.Documents.Count > 1)
        {
            throw Fail(stream.Documents[1].RootNode, "expected one YAML document, found several");
        }

        var root = stream.Documents[0].RootNode as YamlMappingNode
            ?? throw Fail(stream.Documents[0].RootNode, "the top level must be a mapping with a 'prices' list");
        var fields = Fields(root, RootKeys);
        if (fields.TryGetValue("version", out var version) && Text(version, "version") != "1")
        {
            throw Fail(version, "unsupported version; this reader knows version 1");
        }

        if (!fields.TryGetValue("prices", out var pricesNode))
        {
            throw Fail(root, "missing 'prices' (the list of price entries)");
        }

        if (pricesNode is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        var list = pricesNode as YamlSequenceNode ?? throw Fail(pricesNode, "'prices' must be a list of entries");
        var entries = new List<PriceEntry>();
        var firstLineByKey = new Dictionary<(string, string, DateOnly), long>();
        foreach (var item in list.Children)
        {
            foreach (var entry in ParseEntry(item))
            {
                foreach (var provider in entry.Providers)
                {
                    var key = (provider, entry.ModelPattern, entry.EffectiveFrom);
                    if (firstLineByKey.TryGetValue(key, out var firstLine))
                    {
                        throw Fail(item, $"duplicate entry for {provider}/{entry.ModelPattern}@{entry.EffectiveFrom:yyyy-MM-dd} (first at line {firstLine})");
                    }

                    firstLineByKey[key] = item.Start.Line;
                }

                entries.Add(entry);
            }
        }

        return entries;
    }

    /// <summary>One entry of the file; one <see cref="PriceEntry"/> per pattern of its <c>model</c>.</summary>
    private IEnumerable<PriceEntry> ParseEntry(YamlNode node)
    {
        var map = node as YamlMappingNode ?? throw Fail(node, "a price entry must be a mapping of keys to values");
        var fields = Fields(map, EntryKeys);
        var providers = Strings(Required(map, fields, "provider"), "provider")
            .Select(p => CanonicalProvider(fields["provider"], p))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var patterns = Strings(Required(map, fields, "model"), "model")
            .Select(m => ModelNames.Normalize(m) ?? throw Fail(fields["model"], "a model pattern is blank"))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var effectiveFrom = Date(Required(map, fields, "effective_from"), "effective_from");
        var prices = Prices(map, fields);
        var currency = "USD";
        if (fields.TryGetValue("currency", out var currencyNode) && !CurrencyCodes.TryNormalize(Text(currencyNode, "currency"), out currency))
        {
            throw Fail(currencyNode, $"'{Text(currencyNode, "currency")}' is not an ISO 4217 currency code");
        }

        List<PriceTier> tiers = [];
        if (fields.TryGetValue("tiers", out var tiersNode) && tiersNode is not YamlScalarNode { Value: null or "" })
        {
            var tierList = tiersNode as YamlSequenceNode ?? throw Fail(tiersNode, "'tiers' must be a list");
            tiers.AddRange(tierList.Children.Select(ParseTier));
        }

        return patterns.Select(pattern => new PriceEntry
        {
            Providers = providers,
            ModelPattern = pattern,
            EffectiveFrom = effectiveFrom,
            Prices = prices,
            Currency = currency,
            Tiers = tiers,
        });
    }

    private PriceTier ParseTier(YamlNode node)
    {
        var map = node as YamlMappingNode ?? throw Fail(node, "a tier must be a mapping of keys to values");
        var fields = Fields(map, TierKeys);
        long? threshold = fields.TryGetValue("input_tokens_above", out var thresholdNode) ? Count(thresholdNode, "input_tokens_above") : null;
        string? serviceTier = null;
        if (fields.TryGetValue("service_tier", out var serviceNode))
        {
            serviceTier = Text(serviceNode, "service_tier").Trim().ToLowerInvariant();
            if (serviceTier.Length == 0)
            {
                throw Fail(serviceNode, "'service_tier' is blank");
            }
        }

        if (threshold is null && serviceTier is null)
        {
            throw Fail(map, "a tier needs a condition: 'input_tokens_above' and/or 'service_tier'");
        }

        var name = fields.TryGetValue("name", out var nameNode)
            ? Text(nameNode, "name").Trim()
            : string.Join('-', new[] { serviceTier, threshold is { } t ? $"above-{t}" : null }.OfType<string>());
        if (name.Length == 0)
        {
            throw Fail(nameNode ?? map, "'name' is blank");
        }

        return new PriceTier { Name = name, InputTokensAbove = threshold, ServiceTier = serviceTier, Prices = Prices(map, fields) };
    }

    private TokenPrices Prices(YamlMappingNode map, Dictionary<string, YamlNode> fields) => new(
        Price(Required(map, fields, "input"), "input"),
        Price(Required(map, fields, "output"), "output"),
        fields.TryGetValue("cached_read", out var cachedRead) ? Price(cachedRead, "cached_read") : null,
        fields.TryGetValue("cache_write", out var cacheWrite) ? Price(cacheWrite, "cache_write") : null);

    private string CanonicalProvider(YamlNode node, string provider)
    {
        var canonical = ProviderNames.Canonicalize(provider);
        return canonical != "unknown" ? canonical : throw Fail(node, "a provider is blank");
    }

    private static long LastLine(string text) => Math.Max(1, text.TrimEnd().Count(c => c == '\n') + 1);

    private static string InnermostMessage(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e.Message;
    }
}
