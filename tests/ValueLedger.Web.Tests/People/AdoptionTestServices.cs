using Microsoft.Extensions.DependencyInjection;

namespace ValueLedger.Web.Tests.People;

/// <summary>The running app's ledger access (organisation, store) for the people tests.</summary>
internal static class AdoptionTestServices
{
    public static LedgerAccess GetLedger(this IServiceProvider services) => services.GetRequiredService<LedgerAccess>();
}
