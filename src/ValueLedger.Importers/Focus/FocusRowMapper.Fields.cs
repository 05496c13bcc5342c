using nietras.SeparatedValues;
using ValueLedger.Core.Import;
using ValueLedger.Core.Ledger;
using ValueLedger.Importers.Common;

namespace ValueLedger.Importers.Focus;

/// <summary>Reading and validating single cells, with the last-value caches.</summary>
internal sealed partial class FocusRowMapper
{
    private string? _lastProviderText;
    private string _lastProvider = "unknown";
    private string? _lastCurrencyText;
    private string _lastCurrency = string.Empty;
    private string? _lastTagsText;
    private IReadOnlyList<Tag> _lastTags = [];
    private string? _lastDetailsText;
    private FocusPriceDetails? _lastDetails;

    /// <summary>A decimal cell; null when the column is absent or the cell is empty / <c>NULL</c>.</summary>
    private static RowError? ReadCost(SepReader.Row row, int index, string column, long line, out decimal? value)
    {
        value = null;
        if (index < 0)
        {
            return null;
        }

        var text = row[index].Span;
        if (Values.IsNull(text))
        {
            return null;
        }

        if (!Values.TryParseDecimal(text, out var parsed))
        {
            return new RowError(line, column, $"{column} is not a number", Excerpt(text));
        }

        value = parsed;
        return null;
    }

    private static RowError? ReadTimestamp(
        SepReader.Row row, int index, FocusTimestampColumn parser, string column, long line, out DateTime value)
    {
        var text = row[index].Span;
        if (Values.IsNull(text))
        {
            value = default;
            return new RowError(line, column, $"{column} is empty; FOCUS requires it on every row");
        }

        return parser.TryParse(text, out value)
            ? null
            : new RowError(line, column, $"{column} is not a timestamp (expected e.g. 2024-09-18T22:00:00Z or 2024-09-18 22:00:00)", Excerpt(text));
    }

    private RowError? ReadCurrency(SepReader.Row row, long line, out string currency)
    {
        var text = row[columns.BillingCurrency].Span;
        if (_lastCurrencyText is not null && text.SequenceEqual(_lastCurrencyText))
        {
            currency = _lastCurrency;
            return null;
        }

        if (Values.IsNull(text))
        {
            currency = string.Empty;
            return new RowError(line, "BillingCurrency", "BillingCurrency is empty; FOCUS requires it on every row");
        }

        if (!CurrencyCodes.TryNormalize(text.ToString(), out currency))
        {
            return new RowError(line, "BillingCurrency", "BillingCurrency is not a known ISO 4217 currency code", Excerpt(text));
        }

        _lastCurrencyText = text.ToString();
        _lastCurrency = currency;
        return null;
    }

    /// <summary>ServiceProviderName (FOCUS 1.3) when the cell has a value, else ProviderName, canonicalised.</summary>
    private string ReadProvider(SepReader.Row row)
    {
        var text = columns.ServiceProviderName >= 0 ? row[columns.ServiceProviderName].Span : default;
        if (Values.IsNull(text) && columns.ProviderName >= 0)
        {
            text = row[columns.ProviderName].Span;
        }

        if (_lastProviderText is null || !text.SequenceEqual(_lastProviderText))
        {
            _lastProviderText = text.ToString();
            _lastProvider = ProviderNames.Canonicalize(Values.IsNull(text) ? null : _lastProviderText);
        }

        return _lastProvider;
    }

    /// <summary>Tags keep their keys as spelt (a leading space included). Parsed only for non-empty cells.</summary>
    private RowError? ReadTags(SepReader.Row row, long line, out IReadOnlyList<Tag> tags)
    {
        tags = [];
        if (columns.Tags < 0)
        {
            return null;
        }

        var text = row[columns.Tags].Span;
        if (Values.IsNull(text))
        {
            return null;
        }

        if (_lastTagsText is not null && text.SequenceEqual(_lastTagsText))
        {
            tags = _lastTags;
            return null;
        }

        var json = text.ToString();
        if (!Values.TryParseTags(json, out tags, out var reason))
        {
            return new RowError(line, "Tags", reason ?? "tags are not a JSON object", Excerpt(text));
        }

        _lastTagsText = json;
        _lastTags = tags;
        return null;
    }

    private FocusPriceDetails? ReadPriceDetails(SepReader.Row row)
    {
        if (columns.SkuPriceDetails < 0)
        {
            return null;
        }

        var text = row[columns.SkuPriceDetails].Span;
        if (Values.IsNull(text) || !FocusPriceDetails.MayContainKeys(text))
        {
            return null;
        }

        if (_lastDetailsText is null || !text.SequenceEqual(_lastDetailsText))
        {
            _lastDetailsText = text.ToString();
            _lastDetails = FocusPriceDetails.Parse(_lastDetailsText);
        }

        return _lastDetails;
    }
}
