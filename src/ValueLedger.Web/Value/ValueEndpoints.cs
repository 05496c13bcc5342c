using Microsoft.AspNetCore.Builder;
using ValueLedger.Web.Pages;

namespace ValueLedger.Web.Value;

/// <summary>Everything of the value slice: the write API, the audit API, and the initiatives, outcomes and audit pages.</summary>
internal static class ValueEndpoints
{
    public static void Map(WebApplication app)
    {
        OutcomeWriteEndpoints.Map(app);
        InitiativeWriteEndpoints.Map(app);
        AuditEndpoints.Map(app);
        JCurveEndpoints.Map(app);
        InitiativesEndpoints.Map(app);
        OutcomesEndpoints.Map(app);
        AuditLogEndpoints.Map(app);
    }
}
