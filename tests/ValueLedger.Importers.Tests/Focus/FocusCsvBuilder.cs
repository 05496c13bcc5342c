using System.Text;

namespace ValueLedger.Importers.Tests.Focus;

/// <summary>
/// Builds small FOCUS CSV inputs for tests: every row starts from valid defaults (a one-day Azure
/// VM charge of 1.00 USD) and a test overrides only the cells it is about.
/// </summary>
internal sealed class FocusCsvBuilder
{
    private static readonly (string Column, string Value)[] Defaults =
    [
        ("BilledCost", "1.00"),
        ("BillingAccountId", "acct-1"),
        ("BillingAccountName", "Contoso"),
        ("BillingCurrency", "USD"),
        ("BillingPeriodEnd", "2025-07-01T00:00:00Z"),
        ("BillingPeriodStart", "2025-06-01T00:00:00Z"),
        ("ChargeCategory", "Usage"),
        ("ChargeClass", ""),
        ("ChargeDescription", "Test charge"),
        ("ChargePeriodEnd", "2025-06-02T00:00:00Z"),
        ("ChargePeriodStart", "2025-06-01T00:00:00Z"),
        ("ConsumedQuantity", "24"),
        ("ConsumedUnit", "Hours"),
        ("EffectiveCost", "1.00"),
        ("ListCost", "1.00"),
        ("PricingQuantity", "24"),
        ("PricingUnit", "Hours"),
        ("ProviderName", "Microsoft"),
        ("ServiceCategory", "Compute"),
        ("ServiceName", "Virtual Machines"),
        ("SkuMeter", ""),
        ("SkuPriceDetails", ""),
        ("SubAccountId", "sub-1"),
        ("Tags", ""),
    ];

    private readonly List<string> _columns = [.. Defaults.Select(d => d.Column)];
    private readonly List<string> _lines = [];

    /// <summary>Drops columns from the header (and from every row built afterwards).</summary>
    public FocusCsvBuilder Without(params string[] columns)
    {
        _columns.RemoveAll(columns.Contains);
        return this;
    }

    /// <summary>Adds columns (empty by default) to the header.</summary>
    public FocusCsvBuilder WithColumns(params string[] columns)
    {
        _columns.AddRange(columns);
        return this;
    }

    /// <summary>Adds a row of defaults overridden by <paramref name="cells"/> (values are CSV-quoted as needed).</summary>
    public FocusCsvBuilder Row(params (string Column, string Value)[] cells)
    {
        var values = _columns.Select(column =>
        {
            foreach (var (name, value) in cells)
            {
                if (name == column)
                {
                    return value;
                }
            }

            foreach (var (name, value) in Defaults)
            {
                if (name == column)
                {
                    return value;
                }
            }

            return "";
        });
        _lines.Add(string.Join(",", values.Select(Quote)));
        return this;
    }

    /// <summary>Adds a line exactly as given (for malformed rows).</summary>
    public FocusCsvBuilder RawLine(string line)
    {
        _lines.Add(line);
        return this;
    }

    /// <summary>The CSV text: header line, then the rows, each ended by <c>\n</c>.</summary>
    public string Build()
    {
        var text = new StringBuilder();
        text.Append(string.Join(",", _columns)).Append('\n');
        foreach (var line in _lines)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>A default row with these overrides, as a CSV line (to splice into <see cref="RawLine"/> tests).</summary>
    public string Line(params (string Column, string Value)[] cells)
    {
        Row(cells);
        var line = _lines[^1];
        _lines.RemoveAt(_lines.Count - 1);
        return line;
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
