using ValueLedger.Core.Organisation;
using ValueLedger.Core.Showback;

namespace ValueLedger.Core.Tests.Showback;

public sealed class ShowbackStatementBuilderTests
{
    private static readonly DateTime September = new(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime October = new(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly SourceLocation Here = SourceLocation.None;

    private static readonly Core.Organisation.Organisation Org = Core.Organisation.Organisation.Empty with
    {
        BusinessUnits =
        [
            new BusinessUnit("finance", "Finance", "cfo", BillingMode.Chargeback, Here),
            new BusinessUnit("legal", "Legal", "general-counsel", BillingMode.Showback, Here),
            new BusinessUnit("sales", "Sales", "vp-sales", BillingMode.Chargeback, Here),
        ],
        Initiatives = [new Initiative("invoice-extraction", "Invoice extraction", "finance", "cfo", InitiativeStage.Production, Here)],
    };

    private static readonly Dictionary<string, BuAcknowledgement> Acknowledged = new(StringComparer.Ordinal)
    {
        ["finance"] = new BuAcknowledgement("finance", "cfo", new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero), null),
    };

    /// <summary>September holds only finance's 80 USD; October the rest (a credit, an estimate, two currencies, an undeclared unit).</summary>
    private static readonly ShowbackRow[] Rows =
    [
        Row(September, "finance", "invoice-extraction", "openai", "gpt-4o", "direct", "rule", false, null, "cost", "USD", 80m, 80m),
        Row(October, "finance", "invoice-extraction", "openai", "gpt-4o", "direct", "rule", false, null, "cost", "USD", 100m, 100m),
        Row(October, "finance", null, "azure", "gpt-4o", "telemetry", "rule", false, null, "cost", "USD", 30m, 30m),
        Row(October, "finance", null, "azure", "gpt-4o", "weights", "rule", true, "no-telemetry", "cost", "USD", 10m, 10m),
        Row(October, "finance", "invoice-extraction", "openai", "gpt-4o", "direct", "rule", false, null, "cost", "USD", -20m, 0m),
        Row(October, "finance", null, "openai", "gpt-4o-mini", "direct", "rule", false, null, "usage", "USD", 5m, 5m),
        Row(October, "finance", "invoice-extraction", "anthropic", "claude", "direct", "rule", false, null, "cost", "EUR", 40m, 40m),
        Row(October, "legal", null, "aws", null, "even", "policy", false, null, "cost", "USD", 12m, 12m),
        Row(October, null, null, "azure", null, "unallocated", null, false, "no-matching-rule", "cost", "USD", 7m, 7m),
        Row(October, null, null, "aws", null, "unallocated", "rule", false, "no-telemetry", "cost", "EUR", 3m, 3m),
        Row(October, "ghost", null, "openai", "gpt-4o", "direct", "rule", false, null, "cost", "USD", 1m, 1m),
        Row(new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc), "finance", null, "openai", "gpt-4o", "direct", "rule", false, null, "cost", "USD", 999m, 999m),
    ];

    private static ShowbackReport Build() => ShowbackStatementBuilder.Build(Org, Acknowledged, October, Rows, []);

    [Fact]
    public void Build_FinanceWithCreditEstimateAndTwoCurrencies_TotalsPerCurrencyWithChange()
    {
        var finance = Build().Statements.Single(s => s.Bu == "finance");

        // USD: 100 + 30 + 10 - 20 + 5 = 125 net; gross leaves the credit out: 145; previous 80 -> +45 = +56.25 %.
        // EUR: 40, no September row -> previous absent, change 40, percent undefined.
        Assert.Equal(
            [
                StatementTotal.Of("EUR", 40m, 40m, 0m, null),
                new StatementTotal("USD", 125m, 145m, 5m, 80m, 45m, 56.25m),
            ],
            finance.Totals);
        Assert.Null(finance.Totals[0].ChangePercent);
        Assert.Equal(StatementStatus.Billable, finance.Billing.Status);
        Assert.Null(finance.Billing.Note);
    }

    [Fact]
    public void Build_Finance_BreakdownsByShareKindInitiativeAndProviderModel()
    {
        var finance = Build().Statements.Single(s => s.Bu == "finance");

        // Direct = 100 - 20 + 5 (the estimate is direct too); the fallback row is shared, not telemetry-split.
        Assert.Equal(["EUR direct 40", "USD direct 85", "USD telemetry-split 30", "USD shared 10"], Lines(finance, StatementSections.ShareKind));
        Assert.Equal(["EUR invoice-extraction 40", "USD invoice-extraction 80", "USD (no initiative) 45"], Lines(finance, StatementSections.Initiative));
        Assert.Equal("Invoice extraction", finance.Section(StatementSections.Initiative).First().Label);
        Assert.Equal(
            ["EUR anthropic / claude 40", "USD openai / gpt-4o 80", "USD azure / gpt-4o 40", "USD openai / gpt-4o-mini 5"],
            Lines(finance, StatementSections.ProviderModel));
    }

    [Fact]
    public void Build_AllStatementsIncludingUnallocated_ReconcileToThePeriodTotalPerCurrency()
    {
        var report = Build();

        // USD: finance 125 + legal 12 + ghost 1 + unallocated 7 = 145; EUR: 40 + 3 = 43. Never one figure across currencies.
        Assert.Equal(145m, report.PeriodTotals["USD"]);
        Assert.Equal(43m, report.PeriodTotals["EUR"]);
        foreach (var (currency, total) in report.PeriodTotals)
        {
            Assert.Equal(total, report.Statements.SelectMany(s => s.Totals).Where(t => t.Currency == currency).Sum(t => t.Amount));
        }

        Assert.Equal(["finance", "legal", "sales", "ghost", null], report.Statements.Select(s => s.Bu));
    }

    [Fact]
    public void Build_Unallocated_ByReasonAndInformational()
    {
        var unallocated = Build().Statements[^1];

        Assert.True(unallocated.IsUnallocated);
        Assert.Equal("Unallocated", unallocated.Name);
        Assert.Equal(StatementStatus.Informational, unallocated.Billing.Status);
        Assert.Equal(["EUR no-telemetry 3", "USD no-matching-rule 7"], Lines(unallocated, StatementSections.Reason));
        Assert.Equal(["EUR unallocated 3", "USD unallocated 7"], Lines(unallocated, StatementSections.ShareKind));
    }

    [Fact]
    public void Build_DeclaredUnitWithoutCost_EmptyStatementWithNoteWhenChargebackNotAcknowledged()
    {
        var report = Build();
        var sales = report.Statements.Single(s => s.Bu == "sales");
        var legal = report.Statements.Single(s => s.Bu == "legal");

        Assert.Empty(sales.Totals);
        Assert.Equal(StatementStatus.Informational, sales.Billing.Status);
        Assert.Contains("not acknowledged", sales.Billing.Note, StringComparison.Ordinal);
        Assert.Equal([StatementTotal.Of("USD", 12m, 12m, 0m, null)], legal.Totals);
        Assert.Equal(["USD shared 12"], Lines(legal, StatementSections.ShareKind));
        Assert.Null(legal.Billing.Note);
    }

    [Fact]
    public void Build_UnitNoLongerDeclared_GetsItsOwnInformationalStatement()
    {
        var ghost = Build().Statements.Single(s => s.Bu == "ghost");

        Assert.Equal(StatementStatus.Informational, ghost.Billing.Status);
        Assert.Contains("not declared", ghost.Billing.Note, StringComparison.Ordinal);
        Assert.Equal(1m, Assert.Single(ghost.Totals).Amount);
    }

    [Fact]
    public void Build_NoRowsTheMonthBefore_PreviousMonthNotAllocatedAndPreviousAbsent()
    {
        var report = ShowbackStatementBuilder.Build(Org, Acknowledged, October, [.. Rows.Where(r => r.Month == October)], []);

        Assert.False(report.PreviousMonthAllocated);
        Assert.True(Build().PreviousMonthAllocated);
        var usd = report.Statements.Single(s => s.Bu == "finance").Totals.Single(t => t.Currency == "USD");
        Assert.Null(usd.Previous);
        Assert.Equal(125m, usd.Change);
        Assert.Null(usd.ChangePercent);
    }

    private static string[] Lines(ShowbackStatement statement, string section) =>
        [.. statement.Section(section).Select(l => $"{l.Currency} {l.Item} {l.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)}")];

    private static ShowbackRow Row(
        DateTime month, string? bu, string? initiative, string provider, string? model, string method, string? ruleKind, bool fallback,
        string? reason, string lineKind, string currency, decimal amount, decimal gross) =>
        new(month, bu, initiative, provider, model, method, ruleKind, fallback, reason, lineKind, currency, amount, gross);
}
