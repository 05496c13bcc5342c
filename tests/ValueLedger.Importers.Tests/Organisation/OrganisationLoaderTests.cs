using ValueLedger.Core.Organisation;
using ValueLedger.Importers.Organisation;

namespace ValueLedger.Importers.Tests.Organisation;

public sealed class OrganisationLoaderTests
{
    private const string Units = """
        business_units:
          - id: sales
          - id: legal
        """;

    private static OrganisationLoadResult Parse(string text) => OrganisationLoader.Parse([("org.yaml", text)]);

    private static OrganisationProblem Single(string text) => Assert.Single(Parse(text).AllProblems());

    [Fact]
    public void Parse_FullEntities_ReadsEveryField()
    {
        var result = Parse("""
            business_units:
              - { id: finance, name: Finance, owner: cfo, mode: chargeback }
            initiatives:
              - { id: invoices, name: Invoice extraction, owner_bu: finance, sponsor: cfo, stage: pilot }
            scope_rules:
              - { id: s, match: { service: "Azure OpenAI*" }, in_scope: false }
            allocation_rules:
              - id: fin
                version: 2
                priority: 5
                effective_from: 2025-01-01
                effective_to: 2026-01-01
                match: { tag: { " Cost-Center ": "FIN*" }, project: proj-1 }
                target: { bu: finance, initiative: invoices }
            """);

        Assert.Empty(result.AllProblems());
        var org = result.Organisation;
        Assert.Equal(new BusinessUnit("finance", "Finance", "cfo", BillingMode.Chargeback, new SourceLocation("org.yaml", 2, 5)), org.BusinessUnits[0]);
        Assert.Equal(InitiativeStage.Pilot, org.Initiatives[0].Stage);
        Assert.False(org.ScopeRules[0].InScope);
        var rule = org.AllocationRules[0];
        Assert.Equal((2, 5, new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1)), (rule.Version, rule.Priority, rule.EffectiveFrom!.Value, rule.EffectiveTo!.Value));
        Assert.Equal(8, rule.Location.Line);
        Assert.Equal(new MatchCondition(MatchFields.Tag, "cost-center", "FIN*", new SourceLocation("org.yaml", 13, 21)), rule.Match.Conditions[0]);
        Assert.Equal(MatchFields.SubAccount, rule.Match.Conditions[1].Field);
        Assert.Equal(new AllocationTarget("finance", "invoices", null, new SourceLocation("org.yaml", 14, 13)), rule.Targets[0]);
    }

    [Fact]
    public void Parse_SyntaxError_ProblemWithLineAndColumn()
    {
        var problem = Single("business_units:\n  - id: a\n    name: x: y\n");

        Assert.Equal((3L, 12L), (problem.Line, problem.Column));
        Assert.StartsWith("invalid YAML", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Empty_ProblemSaysEmpty() => Assert.Contains("empty", Single("   \n").Reason, StringComparison.Ordinal);

    [Fact]
    public void Parse_UnknownKey_ErrorAtKeyAndOtherEntitiesStillRead()
    {
        var result = Parse(Units + "\n  - id: hr\n    colour: blue\n");

        var problem = Assert.Single(result.AllProblems());
        Assert.Equal((5L, 5L), (problem.Line, problem.Column));
        Assert.Contains("unknown key 'colour'", problem.Reason, StringComparison.Ordinal);
        Assert.Equal(2, result.Organisation.BusinessUnits.Count);
    }

    [Fact]
    public void Parse_RuleNamingUnknownBu_ErrorAtTargetLine()
    {
        var problem = Single(Units + """

            allocation_rules:
              - id: r
                match: { team: x }
                target:
                  bu: marketing
            """);

        Assert.Equal(8, problem.Line);
        Assert.Contains("unknown business unit 'marketing'", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WeightsSummingTo0999_ErrorNamingSumAtRuleLine()
    {
        var problem = Single(Units + """

            allocation_rules:
              - id: r
                match: any
                split:
                  method: weights
                  targets:
                    - { bu: sales, weight: 0.5 }
                    - { bu: legal, weight: 0.499 }
            """);

        Assert.Equal(5, problem.Line);
        Assert.Contains("weights sum to 0.999, not 1", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EqualPriorityRulesMatchingSameLine_WarningWithTieBreak()
    {
        var problems = Parse(Units + """

            allocation_rules:
              - { id: r2, priority: 1, match: { model: "gpt-*" }, target: { bu: sales } }
              - { id: r1, priority: 1, match: { model: "gpt-4o" }, target: { bu: legal } }
            """).AllProblems();

        var problem = Assert.Single(problems);
        Assert.Equal((6L, ProblemSeverity.Warning), (problem.Line, problem.Severity));
        Assert.Contains("'r1' wins (lower rule id, ordinal)", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingMatch_ErrorAskingForMatchAny()
    {
        var problem = Single(Units + "\nallocation_rules:\n  - { id: r, target: { bu: sales } }\n");

        Assert.Equal(5, problem.Line);
        Assert.Contains("match: any", problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  - { id: r, match: any, target: { bu: sales }, priority: high }", "whole number")]
    [InlineData("  - { id: r, match: any, target: { bu: sales }, effective_from: 01/02/2025 }", "YYYY-MM-DD")]
    [InlineData("  - { id: r, match: any }", "either 'target' or 'split'")]
    [InlineData("  - { id: r, match: everything, target: { bu: sales } }", "'any' or a mapping")]
    [InlineData("  - { id: r, match: any, split: { method: weights, targets: [ { bu: sales, weight: abc } ] } }", "decimal number")]
    public void Parse_BadRuleValue_ErrorOnItsLine(string rule, string reason)
    {
        var problem = Single(Units + "\nallocation_rules:\n" + rule + "\n");

        Assert.Equal(5, problem.Line);
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Folder_ReadsYamlAndYmlInOrdinalOrderAndReportsDuplicateAcrossFiles()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Organisation", "split");

        var result = OrganisationLoader.Load(folder);

        Assert.Equal(["a-units.yaml", "b-rules.yml"], result.Files.Select(Path.GetFileName));
        Assert.Equal(["sales", "legal", "finance", "sales"], result.Organisation.BusinessUnits.Select(b => b.Id));
        var problem = Assert.Single(result.AllProblems());
        Assert.Equal(("b-rules.yml", 4L), (Path.GetFileName(problem.File), problem.Line));
        Assert.Contains("duplicate business unit id 'sales' (first declared at", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingPath_Throws() =>
        Assert.Throws<FileNotFoundException>(() => OrganisationLoader.Load(Path.Combine(AppContext.BaseDirectory, "no-such-organisation.yaml")));

    [Fact]
    public void Parse_SharedCostPolicy_ReadsTargetsAndChecksThem()
    {
        var result = Parse(Units + """

            shared_cost_policies:
              - id: fees
                match: { service: "*Support*" }
                method: weights
                targets:
                  - { bu: sales, weight: 0.5 }
                  - { bu: ops, weight: 0.5 }
            """);

        var policy = Assert.Single(result.Organisation.SharedCostPolicies);
        Assert.Equal((AllocationMethod.Weights, 2), (policy.Method, policy.Targets.Count));
        var problem = Assert.Single(result.AllProblems());
        Assert.Equal(10, problem.Line);
        Assert.Contains("unknown business unit 'ops'", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TelemetrySplitWithByModelAndFallback_ReadsBoth()
    {
        var result = Parse(Units + """

            allocation_rules:
              - id: shared
                match: { provider: azure }
                split: { method: telemetry, by_model: true, fallback: weights, targets: [ { bu: sales, weight: 0.25 }, { bu: legal, weight: 0.75 } ] }
              - { id: plain, match: { provider: aws }, split: { method: telemetry, targets: [ { bu: sales } ] } }
            shared_cost_policies:
              - { id: fees, match: { service: "*Support*" }, method: telemetry, by_model: false, fallback: even }
            """);

        Assert.Empty(result.AllProblems());
        var rules = result.Organisation.AllocationRules;
        Assert.Equal((AllocationMethod.Weights, true), (rules[0].Fallback, rules[0].SameModel));
        Assert.Equal((null, false), (rules[1].Fallback, rules[1].SameModel));
        var policy = Assert.Single(result.Organisation.SharedCostPolicies);
        Assert.Equal((AllocationMethod.Even, false), (policy.Fallback, policy.SameModel));
    }

    [Theory]
    [InlineData("fallback: direct", 92, "'fallback' must be even or weights, not 'direct'")]
    [InlineData("fallback: evenly", 92, "'fallback' must be even or weights, not 'evenly'")]
    [InlineData("by_model: maybe", 92, "'by_model' must be true or false, not 'maybe'")]
    public void Parse_BadSplitOption_ErrorAtItsLineAndColumn(string option, int column, string reason)
    {
        var problem = Single(Units + "\nallocation_rules:\n  - { id: r, match: any, split: { method: telemetry, targets: [ { bu: sales } ], " + option + " } }\n");

        Assert.Equal((5L, (long)column), (problem.Line, problem.Column));
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FallbackOnWeightsSplit_ErrorFromCheck()
    {
        var problem = Single(Units + "\nallocation_rules:\n  - { id: r, match: any, split: { method: even, fallback: even, targets: [ { bu: sales } ] } }\n");

        Assert.Equal((5L, ProblemSeverity.Error), (problem.Line, problem.Severity));
        Assert.Contains("'fallback: even' is only meaningful with method 'telemetry', not 'even'", problem.Reason, StringComparison.Ordinal);
    }
}
