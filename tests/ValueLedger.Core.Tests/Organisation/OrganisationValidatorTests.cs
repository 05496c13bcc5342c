using ValueLedger.Core.Organisation;

namespace ValueLedger.Core.Tests.Organisation;

public sealed class OrganisationValidatorTests
{
    private static SourceLocation L(int line) => new("org.yaml", line, 3);

    private static readonly BusinessUnit Sales = new("sales", "Sales", null, BillingMode.Showback, L(1));
    private static readonly BusinessUnit Legal = new("legal", "Legal", null, BillingMode.Showback, L(2));

    private static RuleMatch Team(string glob, int line = 10) => new(false, [new MatchCondition(MatchFields.Team, null, glob, L(line))], L(line));

    private static AllocationRule Direct(string id, RuleMatch match, string bu = "sales", int priority = 10, int version = 1, DateOnly? from = null, DateOnly? to = null, int line = 20) =>
        new(id, version, priority, from, to, match, AllocationMethod.Direct, [new AllocationTarget(bu, null, null, L(line + 1))], L(line));

    private static ValueLedger.Core.Organisation.Organisation Org(params AllocationRule[] rules) => new([Sales, Legal], [], [], rules, []);

    [Fact]
    public void Validate_CleanOrganisation_NoProblems()
    {
        var org = Org(Direct("a", Team("sales")), Direct("b", Team("legal"), bu: "legal"));

        Assert.Empty(OrganisationValidator.Validate(org));
    }

    [Fact]
    public void Validate_UnknownBusinessUnit_ErrorAtTarget()
    {
        var problem = Assert.Single(OrganisationValidator.Validate(Org(Direct("a", Team("x"), bu: "hr", line: 30))));

        Assert.Equal((31L, ProblemSeverity.Error), (problem.Line, problem.Severity));
        Assert.Contains("unknown business unit 'hr'", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DuplicateBusinessUnitId_ErrorAtSecond()
    {
        var org = new ValueLedger.Core.Organisation.Organisation([Sales, Sales with { Location = L(7) }], [], [], [], []);

        var problem = Assert.Single(OrganisationValidator.Validate(org));

        Assert.Equal(7, problem.Line);
        Assert.Contains("duplicate business unit id 'sales'", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_InitiativeOwnerUnknown_Error()
    {
        var org = new ValueLedger.Core.Organisation.Organisation([Sales], [new Initiative("bot", "Bot", "hr", null, InitiativeStage.Pilot, L(5))], [], [], []);

        Assert.Contains("owner business unit 'hr'", Assert.Single(OrganisationValidator.Validate(org)).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.5", "0.499", "0.999")]
    [InlineData("0.5", "0.6", "1.1")]
    public void Validate_WeightsNotSummingToOne_ErrorNamingSum(string first, string second, string sum)
    {
        var targets = new[] { new AllocationTarget("sales", null, decimal.Parse(first, System.Globalization.CultureInfo.InvariantCulture), L(41)), new AllocationTarget("legal", null, decimal.Parse(second, System.Globalization.CultureInfo.InvariantCulture), L(42)) };
        var rule = new AllocationRule("split", 1, 10, null, null, Team("x"), AllocationMethod.Weights, targets, L(40));

        var problem = Assert.Single(OrganisationValidator.Validate(Org(rule)));

        Assert.Equal(40, problem.Line);
        Assert.Contains($"weights sum to {sum}, not 1", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WeightsSumToExactlyOne_NoProblem()
    {
        var targets = new[] { new AllocationTarget("sales", null, 0.3m, L(41)), new AllocationTarget("legal", null, 0.70m, L(42)) };

        Assert.Empty(OrganisationValidator.Validate(Org(new AllocationRule("split", 1, 10, null, null, Team("x"), AllocationMethod.Weights, targets, L(40)))));
    }

    [Fact]
    public void Validate_EmptyMatch_ErrorAskingForMatchAny()
    {
        var problem = Assert.Single(OrganisationValidator.Validate(Org(Direct("a", new RuleMatch(false, [], L(12))))));

        Assert.Equal(12, problem.Line);
        Assert.Contains("match: any", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NonCanonicalProvider_ErrorSuggestingCanonicalId()
    {
        var match = new RuleMatch(false, [new MatchCondition(MatchFields.Provider, null, "Microsoft", L(14))], L(14));

        var problem = Assert.Single(OrganisationValidator.Validate(Org(Direct("a", match))));

        Assert.Equal(14, problem.Line);
        Assert.Contains("use 'azure'", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_VersionsWithOverlappingPeriods_Error()
    {
        var v1 = Direct("a", Team("x"), from: new DateOnly(2025, 1, 1), to: new DateOnly(2025, 7, 1), line: 20);
        var v2 = Direct("a", Team("x"), version: 2, from: new DateOnly(2025, 6, 1), line: 30);

        var problem = Assert.Single(OrganisationValidator.Validate(Org(v1, v2)));

        Assert.Equal(30, problem.Line);
        Assert.Contains("version 2 overlaps the effective period of version 1", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_VersionsBackToBack_NoProblemBecausePeriodsAreHalfOpen()
    {
        var v1 = Direct("a", Team("x"), to: new DateOnly(2025, 7, 1));
        var v2 = Direct("a", Team("x"), version: 2, from: new DateOnly(2025, 7, 1));

        Assert.Empty(OrganisationValidator.Validate(Org(v1, v2)));
    }

    [Fact]
    public void Validate_EqualPriorityOverlappingMatches_WarningNamingWinner()
    {
        var problem = Assert.Single(OrganisationValidator.Validate(Org(Direct("zeta", Team("sales*"), line: 20), Direct("alpha", Team("*ops"), line: 30))));

        Assert.Equal((30L, ProblemSeverity.Warning), (problem.Line, problem.Severity));
        Assert.Contains("'alpha' wins", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EqualPriorityDisjointLiterals_NoWarning()
    {
        Assert.Empty(OrganisationValidator.Validate(Org(Direct("a", Team("sales")), Direct("b", Team("legal")))));
    }

    [Theory]
    [InlineData("gpt-*", "GPT-4o", true)]
    [InlineData("*-mini", "gpt-4o-mini", true)]
    [InlineData("a*b*c", "abc", true)]
    [InlineData("a*b*c", "acb", false)]
    [InlineData("sales", "sales-eu", false)]
    public void GlobIsMatch_Cases(string glob, string value, bool expected) => Assert.Equal(expected, Glob.IsMatch(glob, value));

    [Fact]
    public void WithBusinessUnit_ExistingId_Replaces()
    {
        var org = Org().WithBusinessUnit(Sales with { Name = "Revenue" });

        Assert.Equal(2, org.BusinessUnits.Count);
        Assert.Equal("Revenue", org.FindBusinessUnit("sales")!.Name);
    }

    [Fact]
    public void Validate_SharedCostPolicyWithoutTargets_MeansEveryUnitUnlessWeights()
    {
        var even = new SharedCostPolicy("fees", Team("*"), AllocationMethod.Even, [], L(50));
        var weights = new SharedCostPolicy("plans", Team("*"), AllocationMethod.Weights, [], L(60));

        var problem = Assert.Single(OrganisationValidator.Validate(Org() with { SharedCostPolicies = [even, weights] }));

        Assert.Equal(60, problem.Line);
        Assert.Contains("shared-cost policy 'plans': no target", problem.Reason, StringComparison.Ordinal);
    }
}
