using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Metrics;

namespace ValueLedger.Core.Tests.Value.Metrics;

/// <summary>Properties over random ledgers (fixed seed, so failures reproduce).</summary>
public sealed class ValueMetricsPropertyTests
{
    private static readonly string?[] Units = ["sales", "support", "finance", null];
    private static readonly string?[] Initiatives = ["a", "b", "c", "d", "e", null];

    [Fact]
    public void AttributionCoverage_RandomLedgers_IsWithinZeroAndOne_AndBuNumeratorsSumToTotal()
    {
        var random = new Random(20261128);
        for (var round = 0; round < 500; round++)
        {
            var rows = Enumerable.Range(0, random.Next(0, 30)).Select(_ => RandomRow(random)).ToList();
            var validated = Initiatives.OfType<string>().Where(_ => random.Next(2) == 0).ToHashSet(StringComparer.Ordinal);

            var numerator = ValueMetrics.AttributedGross(rows, validated);
            var gross = ValueMetrics.GrossInScope(rows);
            var coverage = ValueMetrics.AttributionCoverage(numerator, gross);
            if (gross == 0)
            {
                Assert.Null(coverage);
            }
            else
            {
                Assert.InRange(coverage!.Value, 0m, 1m);
            }

            var byUnit = Units.Sum(bu => ValueMetrics.AttributedGross(rows.Where(r => r.Bu == bu), validated));
            Assert.Equal(numerator, byUnit);
            Assert.Equal(gross, Units.Sum(bu => ValueMetrics.GrossInScope(rows.Where(r => r.Bu == bu))));
            foreach (var bu in Units)
            {
                var unitRows = rows.Where(r => r.Bu == bu).ToList();
                var unitCoverage = ValueMetrics.AttributionCoverage(ValueMetrics.AttributedGross(unitRows, validated), ValueMetrics.GrossInScope(unitRows));
                Assert.True(unitCoverage is null ? unitRows.Sum(r => r.GrossCost) == 0 : unitCoverage is >= 0 and <= 1);
            }
        }
    }

    [Fact]
    public void Ratios_RandomInputs_AreNullExactlyWhenUndefined()
    {
        var random = new Random(7);
        for (var round = 0; round < 1000; round++)
        {
            var cost = (decimal)random.Next(-1000, 100_000) / 100;
            var successful = (decimal)random.Next(0, 4) * random.Next(0, 50);
            var failed = (decimal)random.Next(0, 3) * random.Next(0, 50);

            Assert.Equal(successful == 0, ValueMetrics.CostPerSuccessfulOutcome(cost, successful) is null);
            Assert.Equal(successful == 0, ValueMetrics.TokensPerValidatedOutcome(random.Next(), successful) is null);
            Assert.Equal(successful + failed == 0, ValueMetrics.SuccessRate(successful, failed) is null);
            Assert.Equal(cost <= 0, ValueMetrics.Roi(ValueMetrics.NetValue(successful, cost), cost) is null);
            if (ValueMetrics.SuccessRate(successful, failed) is { } rate)
            {
                Assert.InRange(rate, 0m, 1m);
            }
        }
    }

    private static InitiativeMonth RandomRow(Random random)
    {
        var bu = Units[random.Next(Units.Length)];
        var initiative = bu is null ? null : Initiatives[random.Next(Initiatives.Length)];

        // Gross is the positive lines only; net may be lower (credits), even negative.
        var gross = random.Next(0, 3) == 0 ? 0m : (decimal)random.Next(1, 1_000_000) / 1000;
        var net = gross - ((decimal)random.Next(0, 500_000) / 1000);
        return new InitiativeMonth(new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), bu, initiative, "USD", net, gross, 0, 0, 0);
    }
}
