using Microsoft.Extensions.Hosting;

namespace ValueLedger.Web.Imports;

/// <summary>Checks the installation secret against the ledger as the server starts: a failure stops the start-up (see <see cref="WebIdentifierKey"/>).</summary>
internal sealed class IdentifierKeyCheck(LedgerAccess ledger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => ledger.IdentifierKey.HasherAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
