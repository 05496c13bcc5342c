using ValueLedger.Core.Organisation;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Outcomes;
using Org = ValueLedger.Core.Organisation.Organisation;

namespace ValueLedger.Core.Tests.Value.Outcomes;

public sealed class OutcomeServiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 9, 30, 0, TimeSpan.Zero);

    private static readonly Org Organisation = Org.Empty
        .WithBusinessUnit(new BusinessUnit("ops", "Operations", "head-of-ops", BillingMode.Showback, SourceLocation.None))
        .WithInitiative(new Initiative("support", "Support copilot", "ops", "coo", InitiativeStage.Pilot, SourceLocation.None))
        .WithInitiative(new Initiative("old", "Old bot", "ops", null, InitiativeStage.Retired, SourceLocation.None))
        with
    {
        Access =
        [
            new AccessGrant("cfo", [AccessRoles.Finance], [], SourceLocation.None),
            new AccessGrant("head-of-ops", [AccessRoles.BuOwner], ["ops"], SourceLocation.None),
        ],
    };

    private readonly InMemoryOutcomeStore store = new();

    private OutcomeService Service(DateTimeOffset? now = null) => new(store, store, Organisation, new Clock(now ?? Now));

    private static OutcomeClaim Claim(DateOnly start, DateOnly end, long successful = 10, long failed = 2, decimal? value = null, string currency = "", long? corrects = null, string initiative = "support") =>
        new(initiative, start, end, successful, failed, value, currency, " https://evidence/1 ", corrects);

    private static readonly DateOnly Feb1 = new(2026, 2, 1);
    private static readonly DateOnly Mar1 = new(2026, 3, 1);

    [Fact]
    public async Task Agree_FinanceActor_StoredWithApproverAndTime()
    {
        var agreement = await Service().AgreeAsync("support", AttributionMethodKind.BaselineComparison, " ticket closed ", 12.50m, "usd", "cfo", CancellationToken.None);

        Assert.Equal(new AttributionAgreement("support", AttributionMethodKind.BaselineComparison, "ticket closed", 12.50m, "USD", "cfo", Now), Assert.Single(store.Agreements));
        Assert.Equal("cfo", agreement.Approver);
    }

    [Theory]
    [InlineData("head-of-ops", "support", "12.5", "USD", "'head-of-ops' may not agree an attribution method for 'support': that needs the finance role, and 'head-of-ops' holds only bu-owner")]
    [InlineData("intern", "support", "12.5", "USD", "holds no role in the organisation's access list")]
    [InlineData("cfo", "nope", "12.5", "USD", "'nope' is not a declared initiative; declared: support, old")]
    [InlineData("cfo", "support", "-1", "USD", "the value per outcome must be 0 or more, not -1")]
    [InlineData("cfo", "support", "1", "DOLLARS", "'DOLLARS' is not an ISO 4217 currency code")]
    public async Task Agree_Invalid_RefusedWithTheReason(string actor, string initiative, string perOutcome, string currency, string expected)
    {
        var error = await Assert.ThrowsAsync<ValueRuleException>(() =>
            Service().AgreeAsync(initiative, AttributionMethodKind.SelfReported, "x", decimal.Parse(perOutcome, System.Globalization.CultureInfo.InvariantCulture), currency, actor, CancellationToken.None));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(store.Agreements);
    }

    [Fact]
    public async Task Record_NoValueWithAgreementInForce_TakesTheAgreementsCurrencyAndTrimsEvidence()
    {
        await Service().AgreeAsync("support", AttributionMethodKind.ControlledExperiment, "x", 5m, "EUR", "cfo", CancellationToken.None);

        var id = await Service().RecordAsync(Claim(Feb1, Mar1), "head-of-ops", CancellationToken.None);

        var record = Assert.Single(store.Records);
        Assert.Equal(1, id);
        Assert.Equal(("EUR", "https://evidence/1", OutcomeStatus.Claimed), (record.Claim.Currency, record.Claim.Evidence, record.Status));
        Assert.Equal(new OutcomeValue(50m, "EUR"), OutcomeRules.ValueOf(record.Claim, store.Agreements));
    }

    [Theory]
    [InlineData("2026-02-01", "2026-02-01", 1, 0, null, "", null, "the period end 2026-02-01 must be after its start 2026-02-01")]
    [InlineData("2026-02-01", "2026-03-01", -1, 0, null, "", null, "outcome counts must be 0 or more (successful -1, failed 0)")]
    [InlineData("2026-02-01", "2026-03-01", 1, 0, "10", "", null, "a stated value needs its currency")]
    [InlineData("2026-02-01", "2026-03-01", 1, 0, "10", "usdx", null, "'usdx' is not an ISO 4217 currency code")]
    [InlineData("2026-02-01", "2026-03-01", 1, 0, "-10", "USD", null, "the value must be 0 or more, not -10")]
    [InlineData("2026-02-01", "2026-03-01", 1, 0, null, "", 99L, "'corrects' names outcome 99, which does not exist")]
    public async Task Record_InvalidClaim_Refused(string start, string end, long successful, long failed, string? value, string currency, long? corrects, string expected)
    {
        var claim = Claim(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), successful, failed,
            value is null ? null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), currency, corrects);

        var error = await Assert.ThrowsAsync<ValueRuleException>(() => Service().RecordAsync(claim, "head-of-ops", CancellationToken.None));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(store.Records);
    }

    [Fact]
    public async Task Record_CorrectsARecordOfAnotherInitiative_Refused()
    {
        await Service().RecordAsync(Claim(Feb1, Mar1), "head-of-ops", CancellationToken.None);
        var organisation = Organisation.WithInitiative(new Initiative("other", "Other", "ops", null, InitiativeStage.Pilot, SourceLocation.None));
        var service = new OutcomeService(store, store, organisation, new Clock(Now));

        var error = await Assert.ThrowsAsync<ValueRuleException>(() => service.RecordAsync(Claim(Feb1, Mar1, corrects: 1, initiative: "other"), "head-of-ops", CancellationToken.None));

        Assert.Contains("outcome 1, which belongs to 'support', not 'other'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_RetiredInitiative_OnlyPeriodsStartingBeforeTheRetirement()
    {
        store.Transitions.Add(new StageTransition("support", InitiativeStage.Pilot, InitiativeStage.Retired, "admin", new DateTimeOffset(2026, 2, 10, 12, 0, 0, TimeSpan.Zero), "laggard"));

        var before = await Service().RecordAsync(Claim(Feb1, Mar1), "head-of-ops", CancellationToken.None);
        var error = await Assert.ThrowsAsync<ValueRuleException>(() => Service().RecordAsync(Claim(Mar1, new DateOnly(2026, 4, 1)), "head-of-ops", CancellationToken.None));

        Assert.Equal(1, before);
        Assert.Equal("'support' was retired at 2026-02-10T12:00:00Z; it accepts claims only for periods starting before then", error.Message);
    }

    [Fact]
    public async Task Record_RetiredInYamlWithoutTransition_Refused()
    {
        var error = await Assert.ThrowsAsync<ValueRuleException>(() => Service().RecordAsync(Claim(Feb1, Mar1, initiative: "old"), "head-of-ops", CancellationToken.None));

        Assert.Contains("'old' is retired (organisation.yaml) with no recorded retirement date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_ReactivatedAfterRetirement_AcceptsClaims()
    {
        store.Transitions.Add(new StageTransition("support", InitiativeStage.Pilot, InitiativeStage.Retired, "admin", Now.AddDays(-30), "laggard"));
        store.Transitions.Add(new StageTransition("support", InitiativeStage.Retired, InitiativeStage.Pilot, "admin", Now.AddDays(-1), "revived"));

        Assert.Equal(1, await Service().RecordAsync(Claim(Feb1, Mar1), "head-of-ops", CancellationToken.None));
    }

    [Fact]
    public async Task Validate_ClaimBeforeAnyAgreement_StaysAClaim()
    {
        await Service().RecordAsync(Claim(Feb1, Mar1), "head-of-ops", CancellationToken.None);

        var error = await Assert.ThrowsAsync<ValueRuleException>(() => Service().ValidateAsync(1, "cfo", null, CancellationToken.None));

        Assert.Contains("outcome 1 cannot be validated: no attribution method is agreed for 'support'; the record stays a claim", error.Message, StringComparison.Ordinal);
        Assert.Equal(OutcomeStatus.Claimed, store.Records[0].Status);
    }

    [Fact]
    public async Task Validate_AgreedBeforeThePeriod_ValidatedOnceThenRefused()
    {
        await Service().AgreeAsync("support", AttributionMethodKind.ControlledExperiment, "x", 5m, "USD", "cfo", CancellationToken.None);
        await Service().RecordAsync(Claim(Feb1, Mar1), "head-of-ops", CancellationToken.None);

        var validated = await Service(Now.AddDays(40)).ValidateAsync(1, "cfo", " looks right ", CancellationToken.None);
        var again = await Assert.ThrowsAsync<ValueRuleException>(() => Service().RejectAsync(1, "cfo", "changed my mind", CancellationToken.None));

        Assert.Equal((OutcomeStatus.Validated, "cfo", "looks right"), (validated.Status, validated.ReviewedBy, validated.ReviewReason));
        Assert.Equal("outcome 1 was already validated by cfo at 2026-02-24T09:30:00Z; a reviewed record is never changed: record a correction (outcome record --corrects 1)", again.Message);
    }

    [Fact]
    public async Task Validate_ActorWithoutFinanceRole_Refused()
    {
        await Service().AgreeAsync("support", AttributionMethodKind.ControlledExperiment, "x", 5m, "USD", "cfo", CancellationToken.None);
        await Service().RecordAsync(Claim(Feb1, Mar1), "head-of-ops", CancellationToken.None);

        var error = await Assert.ThrowsAsync<ValueRuleException>(() => Service().ValidateAsync(1, "head-of-ops", null, CancellationToken.None));

        Assert.Contains("'head-of-ops' may not validate outcome 1: that needs the finance role", error.Message, StringComparison.Ordinal);
        Assert.Equal(OutcomeStatus.Claimed, store.Records[0].Status);
    }

    [Fact]
    public async Task Reject_WithoutReason_RefusedWithReasonRejected()
    {
        await Service().RecordAsync(Claim(Feb1, Mar1), "head-of-ops", CancellationToken.None);

        await Assert.ThrowsAsync<ValueRuleException>(() => Service().RejectAsync(1, "cfo", " ", CancellationToken.None));
        var rejected = await Service().RejectAsync(1, "cfo", "no evidence", CancellationToken.None);

        Assert.Equal((OutcomeStatus.Rejected, "no evidence"), (rejected.Status, rejected.ReviewReason));
    }

    [Fact]
    public async Task Correction_ValidatedCorrection_OnlyTheCorrectionCounts()
    {
        // Jan 1 agreement at 12.50 per outcome; a Feb claim of 40 (500.00) is corrected by 36 (450.00).
        var jan1 = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await Service(jan1).AgreeAsync("support", AttributionMethodKind.ControlledExperiment, "x", 12.50m, "USD", "cfo", CancellationToken.None);
        await Service().RecordAsync(Claim(Feb1, Mar1, successful: 40), "head-of-ops", CancellationToken.None);
        await Service().ValidateAsync(1, "cfo", null, CancellationToken.None);
        await Service().RecordAsync(Claim(Feb1, Mar1, successful: 36, corrects: 1), "head-of-ops", CancellationToken.None);
        await Service().ValidateAsync(2, "cfo", null, CancellationToken.None);

        var counting = OutcomeRules.CountingRecords(store.Records);

        var only = Assert.Single(counting);
        Assert.Equal(450.00m, OutcomeRules.ValueOf(only.Claim, store.Agreements)!.Value.Amount);
    }

    [Fact]
    public async Task Import_BadRows_EveryProblemWithItsLineAndNothingStored()
    {
        OutcomeImportRow[] rows =
        [
            new(2, Claim(Feb1, Mar1)),
            new(3, Claim(Feb1, Feb1)),
            new(4, Claim(Feb1, Mar1, initiative: "nope")),
        ];

        var error = await Assert.ThrowsAsync<ValueRuleException>(() => Service().ImportAsync(rows, "claims.csv", "abc", "head-of-ops", CancellationToken.None));

        Assert.StartsWith("claims.csv: nothing imported; line 3, column period_end: the period end", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 4, column initiative: 'nope' is not a declared initiative", error.Message, StringComparison.Ordinal);
        Assert.Empty(store.Records);
    }

    [Fact]
    public async Task Import_SameFileTwice_SecondRefused()
    {
        OutcomeImportRow[] rows = [new(2, Claim(Feb1, Mar1)), new(3, Claim(Mar1, new DateOnly(2026, 4, 1)))];

        var ids = await Service().ImportAsync(rows, "claims.csv", "abc", "head-of-ops", CancellationToken.None);
        await Assert.ThrowsAsync<ValueRuleException>(() => Service().ImportAsync(rows, "claims.csv", "abc", "head-of-ops", CancellationToken.None));

        Assert.Equal([1L, 2L], ids);
        Assert.Equal(2, store.Records.Count);
    }

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
