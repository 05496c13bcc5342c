using ValueLedger.Core.Organisation;
using ValueLedger.Core.Tests.Value.JCurve;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Lifecycle;

namespace ValueLedger.Core.Tests.Value.Lifecycle;

public sealed class InitiativeServiceTests
{
    private const string Id = "support-copilot";
    private readonly FakeInitiativeStore store = new();

    private static ValueLedger.Core.Organisation.Organisation Org(InitiativeStage stage = InitiativeStage.Experiment) =>
        new ValueLedger.Core.Organisation.Organisation([], [new Initiative(Id, "Support copilot", "support", "vp-support", stage, SourceLocation.None)], [], [], [])
        {
            Access =
            [
                new AccessGrant("root", [AccessRoles.Admin], [], SourceLocation.None),
                new AccessGrant("cfo", [AccessRoles.Finance], ["finance"], SourceLocation.None),
                new AccessGrant("head-support", [AccessRoles.BuOwner], ["support"], SourceLocation.None),
                new AccessGrant("head-sales", [AccessRoles.BuOwner], ["sales"], SourceLocation.None),
            ],
        };

    private InitiativeService Service(InitiativeStage stage = InitiativeStage.Experiment) =>
        new(Org(stage), store, store, new FixedTime(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero)));

    [Fact]
    public async Task Advance_ExperimentWithNothing_RefusesWithEveryReason()
    {
        var error = await Assert.ThrowsAsync<ValueRuleException>(() => Service().AdvanceAsync(Id, InitiativeStage.Pilot, "head-sales", null, default));
        Assert.Contains("only an admin or a bu-owner of support", error.Message, StringComparison.Ordinal);
        Assert.Contains("agreed attribution method", error.Message, StringComparison.Ordinal);
        Assert.Contains("signed J-curve declaration (none declared", error.Message, StringComparison.Ordinal);
        Assert.Empty(store.Transitions);
    }

    [Fact]
    public async Task Advance_AgreementAndSignedJCurve_MovesToPilot()
    {
        store.Agreements.Add(new AttributionAgreement(Id, AttributionMethodKind.ControlledExperiment, "ticket resolved", 10m, "USD", "cfo", DateTimeOffset.UnixEpoch));
        var service = Service();
        var version = await service.DeclareJCurveAsync(JCurveMathTests.Sample(), "head-support", default);
        await service.SignJCurveAsync(Id, version, "vp-support", default);

        var transition = await service.AdvanceAsync(Id, InitiativeStage.Pilot, "head-support", null, default);

        Assert.Equal(InitiativeStage.Experiment, transition.From);
        Assert.Equal(InitiativeStage.Pilot, (await service.LoadStateAsync(Id, default)).Stage);
    }

    [Fact]
    public async Task Advance_UnsignedJCurve_SaysWhichVersionAwaitsSignature()
    {
        store.Agreements.Add(new AttributionAgreement(Id, AttributionMethodKind.ControlledExperiment, "x", 1m, "USD", "cfo", DateTimeOffset.UnixEpoch));
        await Service().DeclareJCurveAsync(JCurveMathTests.Sample(), "root", default);
        var error = await Assert.ThrowsAsync<ValueRuleException>(() => Service().AdvanceAsync(Id, InitiativeStage.Pilot, "root", null, default));
        Assert.Contains("version 1 is declared but not signed", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("attribution", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Advance_PilotToProduction_ListsEveryReadinessControlNotReady()
    {
        var service = Service(InitiativeStage.Pilot);
        await service.SetReadinessAsync(Id, ReadinessControl.RoleBasedTraining, ReadinessState.Evidenced, "https://wiki/training", null, "head-support", default);
        await service.SetReadinessAsync(Id, ReadinessControl.HumanAuthority, ReadinessState.Waived, null, "fully automated triage only", "cfo", default);
        await service.SetReadinessAsync(Id, ReadinessControl.UsageMonitoring, ReadinessState.InProgress, null, null, "head-support", default);

        var error = await Assert.ThrowsAsync<ValueRuleException>(() => service.AdvanceAsync(Id, InitiativeStage.Production, "root", null, default));

        Assert.Contains("sops-and-runbooks evidenced or waived (it is missing)", error.Message, StringComparison.Ordinal);
        Assert.Contains("usage-monitoring evidenced or waived (it is in-progress)", error.Message, StringComparison.Ordinal);
        Assert.Contains("exception-management", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("role-based-training", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("human-authority", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Advance_AllControlsReady_EntersProduction()
    {
        var service = Service(InitiativeStage.Pilot);
        foreach (var control in Enum.GetValues<ReadinessControl>())
        {
            await service.SetReadinessAsync(Id, control, ReadinessState.Evidenced, "https://wiki/" + KebabCase.Of(control), null, "root", default);
        }

        await service.AdvanceAsync(Id, InitiativeStage.Production, "head-support", null, default);
        Assert.Equal(InitiativeStage.Production, (await service.LoadStateAsync(Id, default)).Stage);
    }

    [Theory]
    [InlineData(InitiativeStage.Idea, InitiativeStage.Pilot, "one step forward at a time")]
    [InlineData(InitiativeStage.Production, InitiativeStage.Experiment, "one step back at a time")]
    [InlineData(InitiativeStage.Pilot, InitiativeStage.Experiment, "going back a stage needs a reason")]
    [InlineData(InitiativeStage.Pilot, InitiativeStage.Pilot, "already in pilot")]
    [InlineData(InitiativeStage.Retired, InitiativeStage.Idea, "is retired")]
    public async Task Advance_BadStep_IsRefused(InitiativeStage from, InitiativeStage to, string expected)
    {
        var error = await Assert.ThrowsAsync<ValueRuleException>(() => Service(from).AdvanceAsync(Id, to, "root", null, default));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Advance_BackWithReason_IsAllowedWithoutGates()
    {
        var transition = await Service(InitiativeStage.Pilot).AdvanceAsync(Id, InitiativeStage.Experiment, "root", "accuracy regressed", default);
        Assert.Equal("accuracy regressed", transition.Reason);
    }

    [Fact]
    public async Task Retire_WithoutReason_IsRefused()
    {
        var error = await Assert.ThrowsAsync<ValueRuleException>(() => Service().RetireAsync(Id, "head-support", "  ", default));
        Assert.Contains("retiring needs a reason", error.Message, StringComparison.Ordinal);
        Assert.Empty(store.Transitions);
    }

    [Fact]
    public async Task Retire_OtherUnitsOwner_IsRefused()
    {
        var error = await Assert.ThrowsAsync<ValueRuleException>(() => Service().RetireAsync(Id, "head-sales", "laggard", default));
        Assert.Contains("bu-owner of support", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retire_OwnerWithReason_FromAnyStageIsRecorded()
    {
        var transition = await Service(InitiativeStage.Production).RetireAsync(Id, "head-support", "laggard: below band for 6 months", default);
        Assert.Equal(InitiativeStage.Retired, transition.To);
        Assert.Equal(InitiativeStage.Retired, (await Service().LoadStateAsync(Id, default)).Stage);
    }

    [Fact]
    public async Task Declare_Viewer_IsRefusedWithValidationProblems()
    {
        var error = await Assert.ThrowsAsync<ValueRuleException>(() => Service().DeclareJCurveAsync(JCurveMathTests.Sample(cost: 0m), "head-sales", default));
        Assert.Contains("may declare a J-curve", error.Message, StringComparison.Ordinal);
        Assert.Contains("monthly cost must be more than 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_NotSponsor_IsRefused()
    {
        var service = Service();
        await service.DeclareJCurveAsync(JCurveMathTests.Sample(), "vp-support", default);
        var error = await Assert.ThrowsAsync<ValueRuleException>(() => service.SignJCurveAsync(Id, 1, "head-support", default));
        Assert.Contains("only the sponsor of support-copilot (vp-support) or an admin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_AlreadySigned_IsRefusedAndNewVersionKeepsOld()
    {
        var service = Service();
        await service.DeclareJCurveAsync(JCurveMathTests.Sample(), "vp-support", default);
        await service.SignJCurveAsync(Id, 1, "vp-support", default);
        var error = await Assert.ThrowsAsync<ValueRuleException>(() => service.SignJCurveAsync(Id, 1, "root", default));
        Assert.Contains("already signed", error.Message, StringComparison.Ordinal);

        var second = await service.DeclareJCurveAsync(JCurveMathTests.Sample(depth: 80m), "vp-support", default);

        Assert.Equal(2, second);
        var state = await service.LoadStateAsync(Id, default);
        Assert.Equal([1, 2], state.JCurves.Select(j => j.Version));
        Assert.Equal(50m, state.JCurves[0].TroughDepth);
        Assert.Equal(1, state.SignedJCurve!.Version);
    }

    [Theory]
    [InlineData(ReadinessState.Waived, null, null, "root", "a waiver needs a reason")]
    [InlineData(ReadinessState.Waived, null, "n/a", "head-support", "only an admin or finance may waive")]
    [InlineData(ReadinessState.Evidenced, null, null, "root", "evidenced needs a link")]
    [InlineData(ReadinessState.Evidenced, "see wiki", null, "root", "is not a link")]
    [InlineData(ReadinessState.InProgress, null, null, "cfo", "only an admin or a bu-owner of support")]
    public async Task SetReadiness_Invalid_IsRefused(ReadinessState state, string? evidence, string? reason, string actor, string expected)
    {
        var error = await Assert.ThrowsAsync<ValueRuleException>(() => Service().SetReadinessAsync(Id, ReadinessControl.UsageMonitoring, state, evidence, reason, actor, default));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(store.Readiness);
    }

    [Fact]
    public async Task Find_Unknown_NamesDeclared()
    {
        var error = await Assert.ThrowsAsync<ValueRuleException>(() => Service().LoadStateAsync("nope", default));
        Assert.Contains("declared: support-copilot", error.Message, StringComparison.Ordinal);
    }
}
