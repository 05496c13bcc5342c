using ValueLedger.Core.Organisation;

namespace ValueLedger.Core.Tests.Organisation;

/// <summary>Telemetry splits' <c>fallback</c> and <c>by_model</c>, and shared-cost policies shadowed by <c>match: any</c> rules.</summary>
public sealed class OrganisationValidatorSplitTests
{
    private static SourceLocation L(int line) => new("org.yaml", line, 3);

    private static readonly BusinessUnit Sales = new("sales", "Sales", null, BillingMode.Showback, L(1));
    private static readonly BusinessUnit Legal = new("legal", "Legal", null, BillingMode.Showback, L(2));
    private static readonly RuleMatch Azure = new(false, [new MatchCondition(MatchFields.Provider, null, "azure", L(10))], L(10));

    private static AllocationTarget Target(string bu, string? weight = null, int line = 41) =>
        new(bu, null, weight is null ? null : decimal.Parse(weight, System.Globalization.CultureInfo.InvariantCulture), L(line));

    private static AllocationRule Split(AllocationMethod method, AllocationMethod? fallback, params AllocationTarget[] targets) =>
        new AllocationRule("shared", 1, 50, null, null, Azure, method, targets, L(40)) { Fallback = fallback };

    private static IReadOnlyList<OrganisationProblem> Validate(params AllocationRule[] rules) =>
        OrganisationValidator.Validate(new([Sales, Legal], [], [], rules, []));

    [Fact]
    public void Validate_TelemetryWithEvenFallback_NoProblem() =>
        Assert.Empty(Validate(Split(AllocationMethod.Telemetry, AllocationMethod.Even, Target("sales"), Target("legal"))));

    [Fact]
    public void Validate_TelemetryWithWeightsFallbackSummingToOne_NoProblem() =>
        Assert.Empty(Validate(Split(AllocationMethod.Telemetry, AllocationMethod.Weights, Target("sales", "0.4"), Target("legal", "0.6"))));

    [Fact]
    public void Validate_WeightsFallbackSummingTo0999_ErrorNamingTheSum()
    {
        var problem = Assert.Single(Validate(Split(AllocationMethod.Telemetry, AllocationMethod.Weights, Target("sales", "0.5"), Target("legal", "0.499"))));

        Assert.Equal((40L, ProblemSeverity.Error), (problem.Line, problem.Severity));
        Assert.Contains("the weights of the fallback sum to 0.999, not 1", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WeightsFallbackWithoutWeights_ErrorAtEachTarget()
    {
        var problems = Validate(Split(AllocationMethod.Telemetry, AllocationMethod.Weights, Target("sales", line: 41), Target("legal", line: 42)));

        Assert.Equal([40L, 41L, 42L], problems.Select(p => p.Line));
        Assert.All(problems, p => Assert.Equal(ProblemSeverity.Error, p.Severity));
    }

    [Theory]
    [InlineData(AllocationMethod.Even)]
    [InlineData(AllocationMethod.Weights)]
    public void Validate_FallbackOnNonTelemetryMethod_Error(AllocationMethod fallback)
    {
        var problem = Assert.Single(Validate(Split(AllocationMethod.Even, fallback, Target("sales"), Target("legal"))), p => p.Reason.Contains("fallback", StringComparison.Ordinal));

        Assert.Equal((40L, ProblemSeverity.Error), (problem.Line, problem.Severity));
        Assert.Contains("only meaningful with method 'telemetry', not 'even'", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ByModelOnWeightsSplit_Warning()
    {
        var rule = Split(AllocationMethod.Even, null, Target("sales"), Target("legal")) with { SameModel = true };

        var problem = Assert.Single(Validate(rule));

        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Contains("'by_model' is only meaningful with method 'telemetry'", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PolicyWithMatchAnyRuleAtAllTimes_WarnsItCanNeverApply()
    {
        var catchAll = new AllocationRule("rest", 1, 1000, null, null, RuleMatch.Any(L(20)), AllocationMethod.Direct, [Target("sales")], L(20));
        var policy = new SharedCostPolicy("fees", Azure, AllocationMethod.Even, [], L(60));

        var problem = Assert.Single(OrganisationValidator.Validate(new([Sales, Legal], [], [], [catchAll], [policy])));

        Assert.Equal((60L, ProblemSeverity.Warning), (problem.Line, problem.Severity));
        Assert.Contains("shared-cost policy 'fees' can never apply: allocation rule(s) 'rest' match every line", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PolicyWithDatedMatchAnyRule_WarnsWhenItIsShadowed()
    {
        var catchAll = new AllocationRule("rest", 1, 1000, new DateOnly(2025, 11, 1), null, RuleMatch.Any(L(20)), AllocationMethod.Direct, [Target("sales")], L(20));
        var policy = new SharedCostPolicy("fees", Azure, AllocationMethod.Even, [], L(60));

        var problem = Assert.Single(OrganisationValidator.Validate(new([Sales, Legal], [], [], [catchAll], [policy])));

        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Contains("shared-cost policy 'fees' is shadowed from 2025-11-01: allocation rule 'rest' (match: any) takes every line then", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PolicyWithBackToBackMatchAnyVersions_WarnsItCanNeverApply()
    {
        var v1 = new AllocationRule("rest", 1, 1000, null, new DateOnly(2025, 1, 1), RuleMatch.Any(L(20)), AllocationMethod.Direct, [Target("sales")], L(20));
        var v2 = v1 with { Version = 2, EffectiveFrom = new DateOnly(2025, 1, 1), EffectiveTo = null, Location = L(30) };
        var policy = new SharedCostPolicy("fees", Azure, AllocationMethod.Even, [], L(60));

        var problem = Assert.Single(OrganisationValidator.Validate(new([Sales, Legal], [], [], [v1, v2], [policy])));

        Assert.Contains("can never apply", problem.Reason, StringComparison.Ordinal);
    }
}
