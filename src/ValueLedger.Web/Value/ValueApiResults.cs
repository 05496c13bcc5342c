using System.Globalization;
using Microsoft.AspNetCore.Http;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.JCurve;
using ValueLedger.Core.Value.Outcomes;

namespace ValueLedger.Web.Value;

/// <summary>Problem responses of the write API and the response shapes built from Core records.</summary>
internal static class ValueApiResults
{
    /// <summary>A rule refusal (a gate unmet, a bad figure): 422 with the service's message, which lists every unmet condition.</summary>
    public static IResult Refused(ValueRuleException refusal) => Results.Problem(
        detail: refusal.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Refused by the ledger's rules");

    /// <summary>The request conflicts with what is recorded (already reviewed, already signed): 409.</summary>
    public static IResult Conflict(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status409Conflict, title: "Already done");

    /// <summary>The user's role does not allow this action on this (visible) record: 403.</summary>
    public static IResult Forbidden(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");

    public static IResult UnknownInitiative(string id) => ApiProblems.NotFound("Unknown initiative", $"unknown initiative '{id}'");

    public static IResult UnknownOutcome(long id) => ApiProblems.NotFound("Unknown outcome", $"there is no outcome {id.ToString(CultureInfo.InvariantCulture)}");

    public static bool TryAmount(string? text, out decimal amount) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out amount);

    public static OutcomeDto Outcome(OutcomeRecord record, IReadOnlyList<AttributionAgreement> agreements, bool counts)
    {
        ArgumentNullException.ThrowIfNull(record);
        var value = OutcomeRules.ValueOf(record.Claim, agreements);
        return new OutcomeDto(
            record.Id, record.Claim.Initiative, Money.Day(record.Claim.PeriodStart), Money.Day(record.Claim.PeriodEnd), record.Claim.Successful, record.Claim.Failed,
            value is { } v ? Money.Exact(v.Amount) : null, value?.Currency, KebabCase.Of(record.Status), counts, record.Claim.Corrects,
            Money.Timestamp(record.RecordedAt), record.ReviewedAt is { } at ? Money.Timestamp(at) : null);
    }

    public static JCurveVersionDto JCurve(JCurveDeclaration j)
    {
        ArgumentNullException.ThrowIfNull(j);
        return new JCurveVersionDto(
            j.Initiative, j.Version, j.StartMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture), Money.Exact(j.MonthlyCost), j.TroughMonth, Money.Exact(j.TroughDepth),
            j.MaturityMonth, Money.Exact(j.TargetMonthlyNet), Money.Exact(j.Tolerance), j.Currency, j.IsSigned, j.SignedAt is { } at ? Money.Timestamp(at) : null,
            JCurveMath.ExpectedBreakEvenMonth(j));
    }

    public static AuditEntryDto Audit(AuditEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new AuditEntryDto(e.Seq, Money.Timestamp(e.At), e.Actor, e.Action, e.Subject, e.Reason, e.Details);
    }
}
