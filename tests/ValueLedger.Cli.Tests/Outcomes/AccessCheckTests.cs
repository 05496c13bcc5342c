namespace ValueLedger.Cli.Tests.Outcomes;

public sealed class AccessCheckTests
{
    [Fact]
    public async Task Check_AccessProblems_EachAtItsFileAndLine()
    {
        using var temp = new TempFolder();
        var file = temp.File("organisation.yaml");
        await File.WriteAllTextAsync(file, """
            business_units:
              - { id: ops }
            access:
              - { actor: cfo, roles: [finance, auditor] }
              - { actor: head-of-ops, roles: [bu-owner] }
              - { actor: cfo, roles: [viewer] }
            """);

        var result = await CliRunner.RunAsync("check", file);

        Assert.Equal(1, result.ExitCode);
        var output = result.Stdout + result.Stderr;
        Assert.Contains("organisation.yaml:4:5: error: access entry 'cfo': unknown role 'auditor'", output, StringComparison.Ordinal);
        Assert.Contains("organisation.yaml:5:5: error: access entry 'head-of-ops': the bu-owner role needs 'business_units'", output, StringComparison.Ordinal);
        Assert.Contains("organisation.yaml:6:5: error: duplicate access entry for actor 'cfo' (first declared at", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_OrganisationWithAccessError_RefusedBeforeAnythingIsWritten()
    {
        using var ledger = new OutcomeLedger();
        await File.AppendAllTextAsync(ledger.Organisation, "\n  - { actor: intern, roles: [superuser] }\n");

        var result = await ledger.RunAsync("outcome", "record", "support-copilot", "--from", "2026-02", "--to", "2026-03", "--successful", "1");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unknown role 'superuser'", result.Stderr, StringComparison.Ordinal);
    }
}
